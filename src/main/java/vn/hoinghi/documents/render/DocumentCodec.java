package vn.hoinghi.documents.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import vn.hoinghi.documents.render.OfficialDocument.Block;
import vn.hoinghi.documents.render.OfficialDocument.Header;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Signer;
import vn.hoinghi.documents.render.OfficialDocument.Style;
import vn.hoinghi.documents.render.OfficialDocument.Table;

/**
 * A signed document's content as it was composed at signing, in a small explicit binary form (no Java
 * serialisation: nothing but strings and counts is read back). Its DOCX and PDF are written from it when first
 * asked for, so signing no longer lays out two files that may never be downloaded.
 */
public final class DocumentCodec {

    private static final int VERSION = 1;

    private DocumentCodec() {
    }

    public static byte[] write(OfficialDocument d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            text(out, d.title());
            Header h = d.header();
            out.writeBoolean(h != null);
            if (h != null) {
                text(out, h.superior());
                text(out, h.issuer());
                text(out, h.numberLine());
                text(out, h.placeDate());
            }
            text(out, d.typeName());
            text(out, d.subject());
            texts(out, d.addressees());
            out.writeInt(d.body().size());
            for (Block b : d.body()) {
                switch (b) {
                    case Paragraph p -> {
                        out.writeByte('P');
                        text(out, p.lead());
                        text(out, p.text());
                        text(out, p.style() == null ? null : p.style().name());
                    }
                    case Table t -> {
                        out.writeByte('T');
                        texts(out, t.headers());
                        out.writeInt(t.widths().size());
                        for (Integer w : t.widths()) {
                            out.writeInt(w);
                        }
                        out.writeInt(t.rows().size());
                        for (List<String> row : t.rows()) {
                            texts(out, row);
                        }
                    }
                }
            }
            out.writeInt(d.signers().size());
            for (Signer s : d.signers()) {
                text(out, s.authority());
                text(out, s.title());
                text(out, s.name());
            }
            texts(out, d.recipients());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static OfficialDocument read(byte[] content) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalStateException("Unknown document content version " + version);
            }
            String title = text(in);
            Header header = in.readBoolean() ? new Header(text(in), text(in), text(in), text(in)) : null;
            String typeName = text(in);
            String subject = text(in);
            List<String> addressees = texts(in);
            int blocks = in.readInt();
            List<Block> body = new ArrayList<>(blocks);
            for (int i = 0; i < blocks; i++) {
                int kind = in.readByte();
                if (kind == 'P') {
                    String lead = text(in);
                    String text = text(in);
                    String style = text(in);
                    body.add(new Paragraph(lead, text, style == null ? null : Style.valueOf(style)));
                } else if (kind == 'T') {
                    List<String> headers = texts(in);
                    int n = in.readInt();
                    List<Integer> widths = new ArrayList<>(n);
                    for (int w = 0; w < n; w++) {
                        widths.add(in.readInt());
                    }
                    int rows = in.readInt();
                    List<List<String>> table = new ArrayList<>(rows);
                    for (int r = 0; r < rows; r++) {
                        table.add(texts(in));
                    }
                    body.add(new Table(headers, widths, table));
                } else {
                    throw new IllegalStateException("Unknown block " + kind);
                }
            }
            int n = in.readInt();
            List<Signer> signers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                signers.add(new Signer(text(in), text(in), text(in)));
            }
            return new OfficialDocument(title, header, typeName, subject, addressees, body, signers, texts(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strings as length-prefixed UTF-8 (writeUTF stops at 64 KB; a resolution's text can be longer). */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(text(in));
        }
        return list;
    }
}
