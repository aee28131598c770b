package vn.hoinghi.documents;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

import vn.hoinghi.shared.BusinessRuleException;

/**
 * Checks an uploaded scan by what is in it, never by its name: a PDF or a PNG/JPEG image within the size limit.
 * A file that only calls itself .pdf is refused and told so.
 */
final class ScanCheck {

    static final String PDF = "application/pdf";
    static final Set<String> ACCEPTED = Set.of(PDF, "image/png", "image/jpeg");

    private static final Tika TIKA = new Tika();

    private ScanCheck() {
    }

    /** The file's real media type, or a BusinessRuleException saying what is wrong and what to do. */
    static String mediaType(String fileName, byte[] bytes, long maxBytes) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("documents.scan.empty", name);
        }
        if (bytes.length > maxBytes) {
            throw new BusinessRuleException("documents.scan.tooLarge", name, megabytes(bytes.length),
                    megabytes(maxBytes));
        }
        // Content only: with no name given, Tika reads the magic bytes.
        String detected = TIKA.detect(bytes);
        if (!ACCEPTED.contains(detected)) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                throw new BusinessRuleException("documents.scan.notReallyPdf", name, detected);
            }
            throw new BusinessRuleException("documents.scan.wrongType", name, detected);
        }
        if (PDF.equals(detected)) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                if (doc.getNumberOfPages() == 0) {
                    throw new BusinessRuleException("documents.scan.unreadable", name);
                }
            } catch (IOException e) {
                throw new BusinessRuleException("documents.scan.unreadable", name);
            }
        }
        return detected;
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> "pdf";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "bin";
        };
    }

    /** "12" or "10,5": megabytes with the Vietnamese decimal comma. */
    private static String megabytes(long bytes) {
        return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(Words.VI))
                .format(bytes / (1024.0 * 1024.0));
    }
}
