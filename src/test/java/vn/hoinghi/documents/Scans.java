package vn.hoinghi.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files a person might upload as the signed, stamped scan, good and bad. */
final class Scans {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Scans() {
    }

    /** A one-page PDF; each call gives different bytes, like two scans of the same page. */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("Bản chụp " + SERIAL.incrementAndGet());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    /** A Word document: the editable copy, not the stamped scan. */
    static byte[] docx() {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch tổ chức hội nghị");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file, which a person might rename to .pdf. */
    static byte[] text() {
        return "Biên bản hội nghị – bản đánh máy, chưa ký.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    /** Starts like a PDF but is 12 MB, over the 10 MB limit. */
    static byte[] oversizedPdf() {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(head, 12 * 1024 * 1024);
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        img.setRGB(10, 10, 0xcc0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
