package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.school.SchoolSettingsForm;
import vn.hoinghi.school.SchoolSettingsService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;

/**
 * A school without a union (Resolution 60-NQ/TW dissolved many): its documents speak of the person it named in the
 * union's place, never of a union executive committee; and its own way of electing the presidium is what the plan,
 * the programme and the minutes print.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class SchoolWithoutUnionDocumentsIT {

    private static final String TITLE = "Đại diện tập thể người lao động";

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolSettingsService settings;
    @Autowired SchoolDirectory directory;
    @Autowired DocumentService documents;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_document_of_a_school_without_a_union_names_its_substitute_and_prints_its_secret_ballot_for_the_presidium() {
        // the second school: with the seed's board mix and people enough without a post for it
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 2);
        DemoAssemblies.People p = body.schools().get(1);
        String code = DemoSchools.code(body.names().get(1));
        StaffInfo representative = directory.holders(p.schoolId(), Role.UNION_CHAIR).get(0);

        // The administrator records that the school has no union any more; its former chair is the staff's
        // representative in its place, and the presidium is elected by secret ballot.
        TestUsers.signIn(accounts, "quantri." + code);
        SchoolSettingsForm form = settings.load();
        form.setHasUnion(false);
        form.setEndUnionRoles(true);
        form.setUnionSubstituteId(representative.id());
        form.setUnionSubstituteTitle(TITLE);
        form.setPresidiumByShowOfHands(false);
        settings.save(form);
        TestUsers.signOut();

        // the roles given today: the assembly's days come after
        LocalDate plenaryOn = VietnamTime.today().plusDays(10);
        long id = assemblies.drive(p, new DemoAssemblies.Plan(SeasonService.schoolYearOf(plenaryOn), plenaryOn,
                plenaryOn.plusDays(10), true, null), DemoAssemblies.Target.FILING, body.officer());

        TestUsers.signIn(accounts, p.principal());
        Map<DocumentKind, String> text = new HashMap<>();
        for (DocumentService.DocumentRow row : documents.documents(id)) {
            if (row.available()) {
                text.merge(row.ref().kind(), pdfText(documents.pdf(id, row.ref()).bytes()), String::concat);
            }
        }
        assertThat(text).containsKeys(DocumentKind.PLAN, DocumentKind.DEPARTMENT_MINUTES,
                DocumentKind.PLENARY_MINUTES, DocumentKind.RESOLUTION, DocumentKind.BOARD_DECISION,
                DocumentKind.COVER_LETTER);
        text.forEach((kind, t) -> assertThat(t).as("%s", kind).doesNotContain("Ban Chấp hành Công đoàn",
                "BAN CHẤP HÀNH", "BCH Công đoàn", "tổ trưởng công đoàn", "(qua Chủ tịch Công đoàn)",
                "-CĐCS", "biểu quyết giơ tay"));

        assertThat(text.get(DocumentKind.PLAN)).contains(
                "Sau khi thống nhất với " + TITLE + " nhà trường;",
                "Hiệu trưởng, " + TITLE + " và một đại diện viên chức, người lao động; hội nghị bầu bằng phiếu kín.",
                "; " + TITLE + " giới thiệu nhân sự bầu Ban Thanh tra nhân dân",
                "gửi ý kiến về Ban tổ chức hội nghị (qua " + TITLE + ")",
                "2) Bầu Chủ tịch đoàn và thư ký hội nghị (phiếu kín)",
                "4) " + TITLE + " báo cáo kết quả thực hiện nghị quyết",
                "ký giao ước thi đua giữa Hiệu trưởng và " + TITLE + ".",
                "- " + TITLE + " công nhận kết quả bầu Ban Thanh tra nhân dân chậm nhất 05 ngày làm việc",
                "Hiệu trưởng phối hợp với " + TITLE + " kiểm tra, đánh giá",
                "- " + TITLE + " (phối hợp);");
        assertThat(text.get(DocumentKind.DEPARTMENT_MINUTES)).contains("(qua " + TITLE + ")./.");
        assertThat(text.get(DocumentKind.PLENARY_MINUTES)).contains("(hội nghị bầu bằng phiếu kín)");
        assertThat(text.get(DocumentKind.RESOLUTION)).contains("Hiệu trưởng, " + TITLE + ", các tổ chuyên môn",
                "- Chi bộ, " + TITLE + ";");
        // the recognition decision: the head's, on the representative's proposal; the representative calls the board
        assertThat(text.get(DocumentKind.BOARD_DECISION)).contains(
                "Xét đề nghị của " + TITLE + " " + representative.fullName(),
                TITLE + " tổ chức cuộc họp Ban Thanh tra nhân dân để bầu Trưởng ban", "HIỆU TRƯỞNG");
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
