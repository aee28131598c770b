package vn.hoinghi.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentCodecTest {

    @Test
    void a_signed_documents_content_reads_back_as_it_was_composed() {
        OfficialDocument composed = RenderersTest.sample("KẾ HOẠCH");
        OfficialDocument read = DocumentCodec.read(DocumentCodec.write(composed));
        // records: equal when every paragraph, table cell, signer and recipient is
        assertThat(read).isEqualTo(composed);
        assertThat(read.signers()).extracting(OfficialDocument.Signer::name).containsExactly("Nguyễn Văn Hùng");
    }

    @Test
    void a_letter_without_a_type_name_and_long_texts_survive_the_round_trip() {
        String longText = "Điều 1. ".repeat(20_000);
        OfficialDocument letter = new OfficialDocument(null, null, null, "V/v nộp hồ sơ", java.util.List.of(),
                java.util.List.of(new OfficialDocument.Paragraph(null, longText, OfficialDocument.Style.BODY)),
                java.util.List.of(), java.util.List.of("Như trên"));
        assertThat(DocumentCodec.read(DocumentCodec.write(letter))).isEqualTo(letter);
    }
}
