package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ZipBombTest {

    @Test
    void a_workbook_that_inflates_past_its_limit_is_refused_before_it_is_opened() throws IOException {
        // 200 MB of zeros in a few hundred kilobytes
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(RosterFileReader.inflatesWithinLimits(bomb)).isFalse();
        assertThatThrownBy(() -> new RosterFileReader("bom.xlsx", 100).read(new java.io.ByteArrayInputStream(bomb)))
                .hasMessage("roster.file.inflatesTooMuch");
    }

    @Test
    void an_ordinary_workbook_inflates_within_the_limits() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder xml = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                xml.append("<si><t>Nguyễn Văn ").append(i).append("</t></si>");
            }
            zip.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(RosterFileReader.inflatesWithinLimits(out.toByteArray())).isTrue();
    }
}
