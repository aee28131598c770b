package vn.hoinghi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;

/** A scan is judged by its content, never its name, and a refusal says what is wrong and what to do. */
class ScanCheckTest {

    static final long LIMIT = 10L * 1024 * 1024;
    static final AppI18NProvider I18N = new AppI18NProvider();

    @Test
    void pdf_png_and_jpeg_are_accepted_by_their_content_whatever_their_name() {
        assertThat(ScanCheck.mediaType("scan.pdf", Scans.pdf(), LIMIT)).isEqualTo("application/pdf");
        assertThat(ScanCheck.mediaType("anh-chup", Scans.png(), LIMIT)).isEqualTo("image/png");
        assertThat(ScanCheck.mediaType("anh.PNG", Scans.jpeg(), LIMIT)).isEqualTo("image/jpeg");
    }

    @Test
    void a_text_file_renamed_to_pdf_is_refused_and_told_so() {
        BusinessRuleException e = refused("bien-ban.pdf", Scans.text());
        assertThat(e.messageKey()).isEqualTo("documents.scan.notReallyPdf");
        assertThat(I18N.getTranslation(e.messageKey(), AppI18NProvider.VIETNAMESE, e.args()))
                .contains("«bien-ban.pdf»", "có đuôi .pdf nhưng nội dung không phải PDF", "text/plain");
        assertThat(I18N.getTranslation(e.messageKey(), AppI18NProvider.ENGLISH, e.args()))
                .contains("«bien-ban.pdf» is named .pdf but its content is not a PDF");
    }

    @Test
    void a_word_file_is_refused_as_the_wrong_type() {
        BusinessRuleException e = refused("ke-hoach.docx", Scans.docx());
        assertThat(e.messageKey()).isEqualTo("documents.scan.wrongType");
        assertThat(I18N.getTranslation(e.messageKey(), AppI18NProvider.VIETNAMESE, e.args()))
                .contains("«ke-hoach.docx» không phải PDF hay ảnh PNG, JPEG");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_its_size_and_the_limit() {
        BusinessRuleException e = refused("quet-600dpi.pdf", Scans.oversizedPdf());
        assertThat(e.messageKey()).isEqualTo("documents.scan.tooLarge");
        assertThat(I18N.getTranslation(e.messageKey(), AppI18NProvider.VIETNAMESE, e.args()))
                .contains("«quet-600dpi.pdf» nặng 12 MB, quá giới hạn 10 MB");
    }

    @Test
    void an_empty_file_and_a_broken_pdf_are_refused() {
        assertThat(refused("trong.pdf", new byte[0]).messageKey()).isEqualTo("documents.scan.empty");
        byte[] broken = "%PDF-1.7\nkhông phải nội dung PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused("hong.pdf", broken).messageKey()).isEqualTo("documents.scan.unreadable");
    }

    private static BusinessRuleException refused(String name, byte[] bytes) {
        try {
            ScanCheck.mediaType(name, bytes, LIMIT);
        } catch (BusinessRuleException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }
}
