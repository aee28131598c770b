package vn.hoinghi.tasks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

import vn.hoinghi.shared.BusinessRuleException;

/**
 * An attachment's type, from what is in it, never from its name: PDF, images, and office files (Word, Excel,
 * PowerPoint, in their current zipped form and the older one, and OpenDocument). A renamed file is refused.
 */
final class FileCheck {

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> IMAGES = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "image/webp", "webp");
    private static final Map<String, String> ZIPPED = Map.of(
            "word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    /** The older office formats share one container; the name tells which, once the content says it is one. */
    private static final Map<String, String> OLD_OFFICE = Map.of("doc", "application/msword",
            "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry(ZIPPED.get("word/"), "docx"), Map.entry(ZIPPED.get("xl/"), "xlsx"),
            Map.entry(ZIPPED.get("ppt/"), "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/msword", "doc"), Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg|jpeg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"));

    private FileCheck() {
    }

    /** The media type of an accepted file, or a BusinessRuleException saying why it is refused. */
    static String mediaType(String fileName, byte[] bytes) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (bytes.length == 0) {
            throw BusinessRuleException.onField("file", "attachment.empty", name);
        }
        String detected = TIKA.detect(bytes);
        String type = switch (detected) {
            case "application/pdf" -> detected;
            case "application/zip", "application/x-tika-ooxml" -> zipped(bytes);
            case "application/x-tika-msoffice" -> OLD_OFFICE.get(ext);
            default -> IMAGES.containsKey(detected) ? detected : null;
        };
        if (type == null) {
            throw BusinessRuleException.onField("file", "attachment.wrongType", name);
        }
        // the name must say what the content is: a spreadsheet renamed .pdf is refused
        String expected = EXTENSIONS.get(type);
        if (expected != null && !java.util.Arrays.asList(expected.split("\\|")).contains(ext)) {
            throw BusinessRuleException.onField("file", "attachment.renamed", name, expected.split("\\|")[0]);
        }
        return type;
    }

    private static String zipped(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String entry = e.getName();
                if (entry.equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
                    return mime.startsWith("application/vnd.oasis.opendocument.") && EXTENSIONS.containsKey(mime)
                            ? mime : null;
                }
                for (Map.Entry<String, String> kind : ZIPPED.entrySet()) {
                    if (entry.startsWith(kind.getKey())) {
                        return kind.getValue();
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
