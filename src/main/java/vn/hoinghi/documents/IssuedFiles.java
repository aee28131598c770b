package vn.hoinghi.documents;

import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.documents.render.DocumentCodec;
import vn.hoinghi.documents.render.OfficialDocument;

/**
 * The DOCX and PDF of a signed document, written from the content frozen at signing when first asked for and
 * kept from then on: every later download, by anyone, gets the same bytes. Two first downloads at once may both
 * render; the first to store wins and the other is handed the stored file.
 */
@Component
class IssuedFiles {

    enum Format {
        DOCX("docx_bytes"), PDF("pdf_bytes");

        private final String column;

        Format(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;
    /** Downloads run in read-only transactions: the file is stored in a transaction of its own. */
    private final TransactionTemplate own;

    IssuedFiles(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    byte[] of(IssuedDocument d, Format format, Function<OfficialDocument, byte[]> render) {
        byte[] stored = format == Format.DOCX ? d.getDocxBytes() : d.getPdfBytes();
        if (stored != null) {
            return stored;
        }
        if (d.getContent() == null) {
            throw new IllegalStateException("Issued document " + d.getId() + " has neither files nor content");
        }
        byte[] written = render.apply(DocumentCodec.read(d.getContent()));
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            return store(d.getId(), format, written);
        }
        return own.execute(s -> store(d.getId(), format, written));
    }

    private byte[] store(long id, Format format, byte[] written) {
        String column = format.column;
        int n = jdbc.update("update issued_document set " + column + " = ? where id = ? and " + column + " is null",
                written, id);
        if (n == 1) {
            return written;
        }
        return jdbc.query("select " + column + " from issued_document where id = ?",
                rs -> rs.next() ? rs.getBytes(1) : written, id);
    }
}
