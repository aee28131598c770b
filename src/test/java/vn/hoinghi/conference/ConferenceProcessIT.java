package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.conference.ConferenceFixture.Body;
import vn.hoinghi.conference.ConferenceFixture.School;
import vn.hoinghi.conference.ConferenceService.FileContent;
import vn.hoinghi.conference.ConferenceService.NominationRow;
import vn.hoinghi.conference.ConferenceService.Overview;
import vn.hoinghi.conference.Nominations.NominationInput;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * The whole conference through the services, as its people would run it: the plan in seed 003's shape refused
 * while its counts do not add up, returned by the leader and approved; the units' duties done; two schools
 * nominate, the third is reminded, misses the deadline, is given more time, misses it again and is closed; the
 * bridge points report ready; invitations and the award decision are numbered in the body's register; the day is
 * recorded and the conference closed. An officer of another body sees none of it.
 */
@AlsoOnPostgresql
@SpringBootTest
class ConferenceProcessIT {

    @Autowired SchoolRegistry registry;
    @Autowired AccountDetailsService accounts;
    @Autowired ConferenceService conferences;
    @Autowired Nominations nominations;
    @Autowired ConferenceRepository repository;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired vn.hoinghi.tasks.Notices notices;

    private final LocalDate today = VietnamTime.today();

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_body_plans_prepares_awards_and_holds_its_year_end_conference() {
        Body body = ConferenceFixture.body(registry, 3);
        School a = body.schools().get(0);
        School b = body.schools().get(1);
        School c = body.schools().get(2);

        as(body.planner());
        long id = conferences.start("2025-2026");
        assertThatThrownBy(() -> conferences.start("2025-2026")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("conference.start.exists");
        String draft = only(ConferenceStep.DRAFT_PLAN, id);

        PlanForm wrongTotal = ConferenceFixture.seed003(body, today);
        wrongTotal.setInPersonTotal(wrongTotal.getInPersonTotal() + 1);
        assertRefusedAt(() -> conferences.savePlan(draft, wrongTotal, true), "inPersonTotal",
                "conference.plan.countsDontAddUp");
        PlanForm noTime = ConferenceFixture.seed003(body, today);
        noTime.getProgramme().add(new ProgrammeRow(null, null, "Chụp ảnh lưu niệm", null));
        assertRefusedAt(() -> conferences.savePlan(draft, noTime, true), "programme[6].startsAt",
                "conference.plan.itemWithoutTime");
        PlanForm noContact = ConferenceFixture.seed003(body, today);
        noContact.getBridgePoints().get(1).setContactName(" ");
        assertRefusedAt(() -> conferences.savePlan(draft, noContact, true), "bridgePoints[1].contactName",
                "conference.plan.bridgeWithoutContact");
        assertThat(conferences.overview(id).categories()).as("nothing saved half").isEmpty();

        conferences.savePlan(draft, ConferenceFixture.seed003(body, today), true);
        Overview planned = conferences.overview(id);
        assertThat(planned.categories()).extracting(ConferenceService.CategoryView::expected)
                .as("the principals' count is drawn from the schools").containsExactly(3, 1, 15, 3, 12);
        assertThat(planned.inPersonTotal()).isEqualTo(34);

        String approval = only(ConferenceStep.APPROVE_PLAN, id);
        assertThatThrownBy(() -> conferences.approve(approval, "Trần Thị Thu", null, today))
                .as("the drafter does not approve").hasMessage("task.notYours");
        as(body.colleague());
        assertThatThrownBy(() -> conferences.approve(approval, "Phạm Thị Hạnh", null, today))
                .as("nor another officer who is not a leader").hasMessage("task.notYours");
        as(body.leader());
        conferences.returnPlan(approval, "Bổ sung tham luận của cấp THCS");
        as(body.planner());
        String again = only(ConferenceStep.DRAFT_PLAN, id);
        assertThat(conferences.planData(again).returnNote()).isEqualTo("Bổ sung tham luận của cấp THCS");
        conferences.savePlan(again, conferences.planData(again).form(), true);
        as(body.leader());
        assertThat(conferences.approve(only(ConferenceStep.APPROVE_PLAN, id), "Nguyễn Văn Hưng", "Phó Chủ tịch", today))
                .isEqualTo("01/KH-UBND");

        // each duty is a task with its owner and due date
        List<Task> duties = open(ConferenceStep.UNIT_ASSIGNMENT, id);
        assertThat(duties).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder(body.planner(), body.planner(), null);
        assertThat(duties).allMatch(t -> t.getDueDate() != null);
        Task hall = duties.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        as(body.planner());
        assertThatThrownBy(() -> conferences.completeAssignment(hall.getId(), "Xong"))
                .as("another unit's duty").hasMessage("task.notYours");
        for (Task t : duties) {
            as(t.getAssignee() != null ? t.getAssignee() : body.clerk());
            conferences.completeAssignment(t.getId(), "Đã hoàn thành");
        }

        // two schools nominate; a school cannot nominate for another
        as(a.principal());
        String aTask = schoolTask(a, id);
        assertRefusedAt(() -> nominations.nominate(id, b.id(), new NominationInput(0, "Tổ 1", "Xuất sắc", "QĐ 12")),
                "school", "conference.nomination.otherSchool");
        nominations.nominate(id, a.id(), new NominationInput(0, "Tổ chuyên môn Khối 1", "Dẫn đầu phong trào",
                "Biên bản bình xét số 5"));
        nominations.nominate(id, a.id(), new NominationInput(1, "Cô Nguyễn Thị Mai", "Giải Nhất ngày hội CNTT",
                "Giấy chứng nhận số 88"));
        assertRefusedAt(() -> nominations.nominate(id, a.id(), new NominationInput(1, "Thầy Lê Văn Nam", "Giải Nhất",
                " ")), "evidence", "conference.field.required");
        nominations.submit(aTask);
        as(b.principal());
        nominations.nominate(id, b.id(), new NominationInput(0, "Tập thể lớp 5A", "Lớp học xanh", "Ảnh, biên bản"));
        nominations.submit(schoolTask(b, id));

        // the third is reminded, misses the deadline, gets more time, misses it again
        fire(id, c, "nominationReminder");
        as(c.principal());
        assertThat(nominations.reminders()).extracting(Nominations.Reminder::deadline)
                .containsExactly(today.plusDays(3));
        assertThat(notices.mine(50)).as("the reminder is also a notification, mailed when mail is configured")
                .filteredOn(n -> n.messageKey().equals("conference.notice.nominationReminder"))
                .singleElement().satisfies(n -> assertThat(n.link()).startsWith("task/"));
        fire(id, c, "nominationDeadline");
        as(body.planner());
        String late = only(ConferenceStep.LATE_NOMINATION, id);
        assertThat(conferences.lateData(late).schoolName()).isEqualTo(c.name());
        conferences.reopenNominations(late, today.plusDays(5));
        as(c.principal());
        Task reopened = tasks.createTaskQuery().processInstanceId(processOf(id))
                .taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId()).singleResult();
        assertThat(VietnamTime.ZONE.getRules().getOffset(reopened.getDueDate().toInstant())).isNotNull();
        assertThat(LocalDate.ofInstant(reopened.getDueDate().toInstant(), VietnamTime.ZONE)).isEqualTo(today.plusDays(5));
        fire(id, c, "nominationDeadline");
        as(body.planner());
        conferences.closeWithoutNominations(only(ConferenceStep.LATE_NOMINATION, id));

        // bridge points: each school's principal confirms its own; the officers the hall's
        for (School s : body.schools()) {
            as(s.principal());
            Task t = TaskVisible.first(tasks, accounts, s.principal(), ConferenceStep.BRIDGE_POINT_READINESS);
            assertThatThrownBy(() -> conferences.confirmBridgePoint(t.getId(), today.plusDays(1)))
                    .hasMessage("conference.bridge.testedInFuture");
            conferences.confirmBridgePoint(t.getId(), today);
        }
        as(body.planner());
        conferences.confirmBridgePoint(only(ConferenceStep.BRIDGE_POINT_READINESS, id), today);

        String inviting = only(ConferenceStep.ISSUE_INVITATIONS, id);
        assertThatThrownBy(() -> conferences.issueInvitations(inviting, "Trần Thị Thu", null, today))
                .as("an officer does not sign").hasMessage("task.notYours");
        as(body.leader());
        List<String> invitations = conferences.issueInvitations(inviting,
                "Nguyễn Văn Hưng", "Phó Chủ tịch", today);
        assertThat(invitations).containsExactly("02/GM-UBND", "03/GM-UBND", "04/GM-UBND", "05/GM-UBND");

        Overview ready = conferences.overview(id);
        assertThat(ready.units()).extracting(ConferenceService.UnitReadiness::done).containsExactly(2, 1);
        assertThat(ready.bridgePoints()).allMatch(p -> today.equals(p.testedOn()));
        assertThat(ready.schools()).extracting(ConferenceService.SchoolReadiness::nominations).containsExactly(2, 1, 0);
        assertThat(ready.schools().get(2).closedWithout()).isTrue();
        assertThat(ready.schools().get(2).remindedAt()).isNotNull();
        assertThat(ready.schools().get(2).escalatedAt()).isNotNull();

        // the emulation office consolidates; the chair signs the decision
        String consolidate = only(ConferenceStep.CONSOLIDATE_AWARDS, id);
        as(body.planner());
        assertThatThrownBy(() -> conferences.consolidate(consolidate, Set.of()))
                .as("only the emulation office consolidates").hasMessage("task.notYours");
        as(body.emulation());
        List<NominationRow> all = conferences.nominationsForTask(consolidate);
        assertThat(all).hasSize(3);
        Set<Long> accepted = all.stream().filter(n -> !n.nominee().equals("Tập thể lớp 5A")).map(NominationRow::id)
                .collect(Collectors.toSet());
        conferences.consolidate(consolidate, accepted);
        as(body.leader());
        assertThat(conferences.signAwardDecision(only(ConferenceStep.SIGN_AWARD_DECISION, id), "Nguyễn Văn Hưng",
                "Phó Chủ tịch", today)).isEqualTo("06/QĐ-UBND");
        FileContent pdf = conferences.file(id, ConferenceDocKind.AWARD_DECISION, 0, true);
        FileContent docx = conferences.file(id, ConferenceDocKind.AWARD_DECISION, 0, false);
        assertThat(new String(pdf.bytes(), 0, 4)).isEqualTo("%PDF");
        assertThat(new String(docx.bytes(), 0, 2)).isEqualTo("PK");
        assertThat(pdf.fileName()).isEqualTo("quyet-dinh-khen-thuong-2025-2026.pdf");
        assertThat(new String(conferences.file(id, ConferenceDocKind.PROGRAMME, 0, true).bytes(), 0, 4))
                .isEqualTo("%PDF");

        // the day: recorded on the day itself
        as(body.planner());
        String day = only(ConferenceStep.CONFERENCE_DAY, id);
        assertThatThrownBy(() -> conferences.recordDay(day, List.of(3, 1, 14, 3, 12), true, ""))
                .hasMessage("conference.day.notYet");
        heldToday(id);
        assertRefusedAt(() -> conferences.recordDay(day, java.util.Arrays.asList(3, 1, null, 3, 12), true, ""),
                "attended[2]", "conference.day.attendedRequired");
        conferences.recordDay(day, List.of(3, 1, 14, 3, 12), true, "Trao thưởng đủ 2 tập thể, cá nhân");
        conferences.close(only(ConferenceStep.CONFERENCE_SUMMARY, id), "Triển khai nhiệm vụ năm học mới đến các trường");

        Overview closed = conferences.overview(id);
        assertThat(closed.status()).isEqualTo(ConferenceStatus.CLOSED);
        assertThat(closed.categories()).extracting(ConferenceService.CategoryView::attended)
                .containsExactly(3, 1, 14, 3, 12);
        assertThat(closed.documents()).filteredOn(d -> d.symbol() != null).hasSize(6);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processOf(id)).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(id)).singleResult()
                .getEndTime()).isNotNull();

        List<AuditEntry> trail = conferences.trail(id);
        assertThat(trail).extracting(AuditEntry::action).contains(AuditAction.CONFERENCE_STARTED,
                AuditAction.CONFERENCE_PLAN_RETURNED, AuditAction.TASK_COMPLETED,
                AuditAction.CONFERENCE_NOMINATION_ADDED, AuditAction.CONFERENCE_NOMINATIONS_REOPENED,
                AuditAction.CONFERENCE_AWARDS_CONSOLIDATED);
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.CONFERENCE_DOCUMENT_SIGNED).hasSize(6);

        // another body's officer sees nothing of it
        Body other = ConferenceFixture.body(registry, 1);
        as(other.planner());
        assertThat(conferences.list()).isEmpty();
        assertThatThrownBy(() -> conferences.overview(id)).hasMessage("error.accessDenied");
        assertThatThrownBy(() -> conferences.file(id, ConferenceDocKind.PLAN, 0, true))
                .hasMessage("error.accessDenied");
        assertThatThrownBy(() -> conferences.trail(id)).hasMessage("error.accessDenied");
    }

    @Test
    void a_plan_without_bridge_points_is_held_in_person_and_needs_no_readiness() {
        Body body = ConferenceFixture.body(registry, 1);
        as(body.planner());
        long id = conferences.start("2024-2025");
        PlanForm f = ConferenceFixture.seed003(body, today);
        f.getBridgePoints().clear();
        assertRefusedAt(() -> conferences.savePlan(only(ConferenceStep.DRAFT_PLAN, id), f, true), "format",
                "conference.plan.bridgeRequired");
        f.setFormat(ConferenceFormat.IN_PERSON);
        f.getAssignments().clear();
        conferences.savePlan(only(ConferenceStep.DRAFT_PLAN, id), f, true);
        as(body.leader());
        conferences.approve(only(ConferenceStep.APPROVE_PLAN, id), "Nguyễn Văn Hưng", null, today);
        assertThat(open(ConferenceStep.BRIDGE_POINT_READINESS, id)).isEmpty();
        assertThat(open(ConferenceStep.UNIT_ASSIGNMENT, id)).isEmpty();
        assertThat(open(ConferenceStep.NOMINATE_CANDIDATES, id)).hasSize(1);
        assertThat(open(ConferenceStep.ISSUE_INVITATIONS, id)).hasSize(1);
    }

    private void as(String username) {
        TestUsers.signIn(accounts, username);
    }

    private String processOf(long id) {
        return repository.findById(id).orElseThrow().processInstanceId;
    }

    private List<Task> open(ConferenceStep step, long id) {
        return tasks.createTaskQuery().processInstanceId(processOf(id)).taskDefinitionKey(step.taskId()).list();
    }

    private String only(ConferenceStep step, long id) {
        List<Task> found = open(step, id);
        assertThat(found).as(step.name()).hasSize(1);
        return found.get(0).getId();
    }

    private String schoolTask(School s, long id) {
        return tasks.createTaskQuery().processInstanceId(processOf(id))
                .taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId())
                .taskCandidateGroup("school:" + s.id() + ":PRINCIPAL").singleResult().getId();
    }

    /** Fires the school's timer of that boundary event now, as the job executor would on its day. */
    private void fire(long id, School s, String timer) {
        List<Job> jobs = management.createTimerJobQuery().processInstanceId(processOf(id)).list().stream()
                .filter(j -> timer.equals(j.getElementId()))
                .filter(j -> Long.valueOf(s.id()).equals(runtime.getVariable(j.getExecutionId(),
                        ConferenceProcess.SCHOOL_ID)))
                .toList();
        assertThat(jobs).as(timer + " of " + s.name()).hasSize(1);
        Job job = management.moveTimerToExecutableJob(jobs.get(0).getId());
        management.executeJob(job.getId());
    }

    private void heldToday(long id) {
        Conference c = repository.findById(id).orElseThrow();
        c.heldOn = today;
        c.startsAt = LocalTime.of(0, 0);
        repository.save(c);
    }

    private static void assertRefusedAt(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
