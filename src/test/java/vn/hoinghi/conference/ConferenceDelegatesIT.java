package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.conference.ConferenceFixture.Body;
import vn.hoinghi.conference.ConferenceFixture.School;
import vn.hoinghi.conference.ConferenceService.DelegateCategory;
import vn.hoinghi.conference.ConferenceService.Overview;
import vn.hoinghi.conference.ConferenceService.SchoolReadiness;
import vn.hoinghi.conference.Nominations.DelegateInput;
import vn.hoinghi.conference.Nominations.DelegateView;
import vn.hoinghi.conference.Nominations.NominationData;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolLevel;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.supervision.PlannedDateStep;
import vn.hoinghi.supervision.PlannedDates;
import vn.hoinghi.supervision.SeasonForm;
import vn.hoinghi.supervision.SeasonService;

/**
 * The schools' delegates by category and the school levels' own conferences, through the services: the plan
 * refuses a level left without its date or a date outside the window; each principal finds the school's principal
 * prefilled, names pupils up to the category's quota, is refused beyond it, for another school and after the
 * deadline; the conference page counts them by category and school, the programme annexes their list, and a school
 * that reported its own conference on another day than its level's is marked.
 */
@SpringBootTest
class ConferenceDelegatesIT {

    @Autowired SchoolRegistry registry;
    @Autowired AccountDetailsService accounts;
    @Autowired ConferenceService conferences;
    @Autowired Nominations nominations;
    @Autowired ConferenceRepository repository;
    @Autowired SchoolNominatingRepository nominating;
    @Autowired TaskService tasks;
    @Autowired SeasonService seasons;
    @Autowired PlannedDates plannedDates;

    private final LocalDate today = VietnamTime.today();

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void each_school_names_its_delegates_within_the_quota_and_the_page_counts_them_by_category() throws IOException {
        Body body = ConferenceFixture.body(registry, 2);
        School a = body.schools().get(0);
        School b = body.schools().get(1);
        as(body.planner());
        long id = conferences.start("1952-1953");
        String draft = only(ConferenceStep.DRAFT_PLAN, id);
        assertThat(conferences.planData(draft).levels()).as("the fixture's schools are primary schools")
                .containsExactly(SchoolLevel.TIEU_HOC);

        PlanForm noLevel = ConferenceFixture.seed003(body, today);
        noLevel.getLevelDates().clear();
        assertRefusedAt(() -> conferences.savePlan(draft, noLevel, true), "levelDates", "conference.plan.levelMissing");
        PlanForm before = ConferenceFixture.seed003(body, today);
        before.getLevelDates().get(0).setHeldOn(today.plusDays(9));
        assertRefusedAt(() -> conferences.savePlan(draft, before, true), "levelDates[0].heldOn",
                "conference.plan.levelDateOutside");
        PlanForm after = ConferenceFixture.seed003(body, today);
        after.getLevelDates().get(0).setHeldOn(today.plusDays(10 + PlanRules.LEVEL_WINDOW_DAYS + 1));
        assertRefusedAt(() -> conferences.savePlan(draft, after, true), "levelDates[0].heldOn",
                "conference.plan.levelDateOutside");
        PlanForm guestQuota = ConferenceFixture.seed003(body, today);
        guestQuota.getCategories().get(0).setPerSchool(1);
        assertRefusedAt(() -> conferences.savePlan(draft, guestQuota, true), "categories[0].perSchool",
                "conference.plan.perSchoolGuest");
        conferences.savePlan(draft, ConferenceFixture.seed003(body, today), true);
        assertThat(conferences.overview(id).levelDates()).singleElement()
                .satisfies(l -> assertThat(l.heldOn()).isEqualTo(today.plusDays(14)));
        assertThat(documentText(conferences.file(id, ConferenceDocKind.PLAN, 0, false).bytes()))
                .as("the plan prints each level's date").contains("Cấp Tiểu học: ngày");

        as(body.leader());
        conferences.approve(only(ConferenceStep.APPROVE_PLAN, id), "Nguyễn Văn Hưng", "Phó Chủ tịch", today);

        as(a.principal());
        String aTask = schoolTask(a, id);
        NominationData d = nominations.data(aTask);
        assertThat(d.delegateCategories()).extracting(Nominations.DelegateCategoryView::name)
                .as("only the categories drawn from the base").containsExactly("Hiệu trưởng các trường",
                        "Học sinh giỏi tiêu biểu");
        assertThat(d.delegates()).as("the principal prefilled from the school's roster").singleElement()
                .satisfies(x -> {
                    assertThat(x.fullName()).isEqualTo("Lê Thị Hoa 0");
                    assertThat(x.fromRoster()).isTrue();
                    assertThat(x.categoryName()).isEqualTo("Hiệu trưởng các trường");
                });
        int principals = 3;
        int pupils = 4;
        assertRefusedAt(() -> nominations.nameDelegate(id, b.id(), new DelegateInput(pupils, "Trần Minh An", "5A")),
                "school", "conference.nomination.otherSchool");
        assertRefusedAt(() -> nominations.nameDelegate(id, a.id(), new DelegateInput(0, "Ông Sở", "Giám đốc")),
                "category", "conference.delegate.categoryRequired");
        assertRefusedAt(() -> nominations.nameDelegate(id, a.id(), new DelegateInput(principals, "Phạm Văn Phó",
                "Phó Hiệu trưởng")), "category", "conference.delegate.overTotal");
        for (String pupil : List.of("Trần Minh An", "Lê Thu Hà", "Đỗ Gia Bảo", "Vũ Khánh Linh")) {
            nominations.nameDelegate(id, a.id(), new DelegateInput(pupils, pupil, "Lớp 5A"));
        }
        assertRefusedAt(() -> nominations.nameDelegate(id, a.id(), new DelegateInput(pupils, "Ngô Bảo Châu", "5B")),
                "category", "conference.delegate.overQuota");
        assertRefusedAt(() -> nominations.nameDelegate(id, a.id(), new DelegateInput(pupils, " ", "5B")),
                "fullName", "conference.field.required");
        long replaced = nominations.data(aTask).delegates().stream().filter(x -> x.fullName().equals("Vũ Khánh Linh"))
                .findFirst().map(DelegateView::id).orElseThrow();
        nominations.removeDelegate(replaced);
        nominations.nameDelegate(id, a.id(), new DelegateInput(pupils, "Ngô Bảo Châu", "Lớp 5B"));
        nominations.submit(aTask);

        SchoolNominating late = nominating.findByConferenceIdAndSchoolId(id, b.id()).orElseThrow();
        late.deadline = today.minusDays(1);
        nominating.save(late);
        as(b.principal());
        assertRefusedAt(() -> nominations.nameDelegate(id, b.id(), new DelegateInput(pupils, "Hoàng Anh", "4A")),
                "fullName", "conference.delegate.late");

        as(body.planner());
        Overview o = conferences.overview(id);
        assertThat(o.delegateCategories()).extracting(DelegateCategory::name, DelegateCategory::expected,
                DelegateCategory::named, DelegateCategory::confirmed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hiệu trưởng các trường", 2, 2, 1),
                org.assertj.core.groups.Tuple.tuple("Học sinh giỏi tiêu biểu", 12, 4, 4));
        assertThat(o.schools()).extracting(SchoolReadiness::delegates)
                .containsExactly(List.of(1, 4), List.of(1, 0));
        String programme = documentText(conferences.file(id, ConferenceDocKind.PROGRAMME, 0, false).bytes());
        assertThat(programme).contains("DANH SÁCH ĐẠI BIỂU CƠ SỞ THEO THÀNH PHẦN", "Ngô Bảo Châu", "Lê Thị Hoa 1")
                .doesNotContain("Vũ Khánh Linh");
        assertThat(documentText(conferences.file(id, ConferenceDocKind.INVITATION, 0, false).bytes()))
                .as("the schools' invitation says what each school sends")
                .contains("Học sinh giỏi tiêu biểu: mỗi trường tối đa 4 người");
    }

    @Test
    void a_school_that_reports_its_own_conference_on_another_day_than_its_level_is_marked() {
        Body body = ConferenceFixture.body(registry, 2);
        School a = body.schools().get(0);
        School b = body.schools().get(1);
        as(body.planner());
        long id = conferences.start("1953-1954");
        conferences.savePlan(only(ConferenceStep.DRAFT_PLAN, id), ConferenceFixture.seed003(body, today), true);
        seasons.save(new SeasonForm("1954-1955", today.plusDays(1), today.plusDays(20), today.plusDays(30),
                "Nghị quyết hội nghị"));
        as(a.principal());
        plannedDates.report(dateTask(a), today.plusDays(14));
        as(b.principal());
        plannedDates.report(dateTask(b), today.plusDays(16));

        as(body.planner());
        List<SchoolReadiness> rows = conferences.overview(id).schools();
        assertThat(rows).as("the schools are asked once the plan is approved").isEmpty();
        as(body.leader());
        conferences.approve(only(ConferenceStep.APPROVE_PLAN, id), "Nguyễn Văn Hưng", null, today);
        as(body.planner());
        rows = conferences.overview(id).schools();
        assertThat(rows).extracting(SchoolReadiness::ownConferenceOn)
                .containsExactly(today.plusDays(14), today.plusDays(16));
        assertThat(rows).extracting(SchoolReadiness::dateDiffers).containsExactly(false, true);
        assertThat(rows.get(1).levelConferences()).containsExactly(today.plusDays(14));
    }

    private String dateTask(School s) {
        return tasks.createTaskQuery().processDefinitionKey(PlannedDateStep.PROCESS_KEY)
                .taskCandidateGroup("school:" + s.id() + ":PRINCIPAL").singleResult().getId();
    }

    /** The text of a DOCX's body, runs joined. */
    static String documentText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private void as(String username) {
        TestUsers.signIn(accounts, username);
    }

    private String processOf(long id) {
        return repository.findById(id).orElseThrow().processInstanceId;
    }

    private String only(ConferenceStep step, long id) {
        List<Task> found = tasks.createTaskQuery().processInstanceId(processOf(id)).taskDefinitionKey(step.taskId())
                .list();
        assertThat(found).as(step.name()).hasSize(1);
        return found.get(0).getId();
    }

    private String schoolTask(School s, long id) {
        return tasks.createTaskQuery().processInstanceId(processOf(id))
                .taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId())
                .taskCandidateGroup("school:" + s.id() + ":PRINCIPAL").singleResult().getId();
    }

    private static void assertRefusedAt(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
