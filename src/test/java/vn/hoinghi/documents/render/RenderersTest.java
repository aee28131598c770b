package vn.hoinghi.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.hoinghi.documents.render.OfficialDocument.Block;
import vn.hoinghi.documents.render.OfficialDocument.Header;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Signer;
import vn.hoinghi.documents.render.OfficialDocument.Style;
import vn.hoinghi.documents.render.OfficialDocument.Table;

/** Both writers, on one small document: the layout's fixed parts, Vietnamese text, and the embedded font. */
class RenderersTest {

    static final Labels LABELS = new Labels("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Nơi nhận:", "V/v");

    static OfficialDocument sample(String typeName) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(null, "I. MỤC ĐÍCH – YÊU CẦU", Style.HEADING));
        body.add(new Paragraph(null, "Hội nghị phải bảo đảm nguyên tắc dân chủ, công khai; đánh giá đúng kết quả "
                + "thực hiện nhiệm vụ năm học trước.", Style.BODY));
        body.add(new Paragraph("Điều 1.", "Thông qua chỉ tiêu thi đua của các tổ chuyên môn.", Style.BODY));
        body.add(new Table(List.of("STT", "Họ và tên", "Số phiếu"), List.of(10, 60, 30),
                List.of(List.of("1", "Nguyễn Thị Ánh", "25"), List.of("2", "Đặng Văn Long", "20"))));
        return new OfficialDocument("Kế hoạch", new Header("UBND XÃ HỒNG HÀ",
                "TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ HỒNG HÀ", "Số: 12/KH-TH&THCSHH", "Hồng Hà, ngày 20 tháng 9 năm 2023"),
                typeName, "Tổ chức Hội nghị viên chức, người lao động năm học 2023-2024",
                typeName == null ? List.of("Kính gửi: Ủy ban nhân dân xã Hồng Hà.") : List.of(), body,
                List.of(new Signer(null, "HIỆU TRƯỞNG", "Nguyễn Văn Hùng")),
                List.of("- Ủy ban nhân dân xã Hồng Hà;", "- Lưu: VT."));
    }

    /** Keeps a copy under target/ for a person to open and look at. */
    static void keep(String name, byte[] bytes) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    @Test
    void the_pdf_carries_the_decree_layout_text_in_vietnamese_with_the_font_embedded() throws IOException {
        byte[] pdf = new PdfRenderer(LABELS).render(sample("KẾ HOẠCH"));
        keep("sample.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("UBND XÃ HỒNG HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-TH&THCSHH", "Hồng Hà, ngày 20 tháng 9 năm 2023",
                    "KẾ HOẠCH", "Tổ chức Hội nghị viên chức, người lao động năm học 2023-2024",
                    "I. MỤC ĐÍCH – YÊU CẦU", "Điều 1.", "Nguyễn Thị Ánh", "Đặng Văn Long", "Nơi nhận:",
                    "HIỆU TRƯỞNG", "Nguyễn Văn Hùng");
            PDPage page = doc.getPage(0);
            // A4 in points.
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("LiberationSerif");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void the_docx_says_the_same_on_a4_with_the_decree_margins() throws IOException {
        byte[] docx = new DocxRenderer(LABELS).render(sample("KẾ HOẠCH"));
        keep("sample.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("UBND XÃ HỒNG HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-TH&THCSHH", "Hồng Hà, ngày 20 tháng 9 năm 2023",
                    "KẾ HOẠCH", "Điều 1.", "Nguyễn Thị Ánh", "Nơi nhận:", "HIỆU TRƯỞNG", "Nguyễn Văn Hùng");
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1701);
            assertThat(((java.math.BigInteger) sect.getPgMar().getRight()).intValue()).isEqualTo(850);
            assertThat(((java.math.BigInteger) sect.getPgMar().getTop()).intValue()).isEqualTo(1134);
        }
    }

    @Test
    void a_letter_has_no_type_name_and_its_subject_goes_under_the_number() throws IOException {
        byte[] pdf = new PdfRenderer(LABELS).render(sample(null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("V/v Tổ chức Hội nghị", "Kính gửi: Ủy ban nhân dân xã Hồng Hà.")
                    .doesNotContain("KẾ HOẠCH");
        }
    }
}
