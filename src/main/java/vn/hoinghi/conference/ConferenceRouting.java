package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.flowable.engine.TaskService;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.NoticeKind;
import vn.hoinghi.tasks.Notices;

/** Who gets each task of the yearEndConference process and when it is due: called from that BPMN's expressions. */
@Component("conferenceRouting")
@Transactional
public class ConferenceRouting {

    /** The reminder goes out this many days before a school's nomination deadline. */
    static final int REMIND_DAYS_BEFORE = 2;

    private final ConferenceRepository conferences;
    private final AssignmentRepository assignments;
    private final BridgePointRepository bridgePoints;
    private final SchoolNominatingRepository nominating;
    private final SchoolDirectory schools;
    private final Notices notices;
    private final TaskService tasks;

    ConferenceRouting(ConferenceRepository conferences, AssignmentRepository assignments,
                      BridgePointRepository bridgePoints, SchoolNominatingRepository nominating,
                      SchoolDirectory schools, Notices notices, TaskService tasks) {
        this.schools = schools;
        this.notices = notices;
        this.tasks = tasks;
        this.conferences = conferences;
        this.assignments = assignments;
        this.bridgePoints = bridgePoints;
        this.nominating = nominating;
    }

    public String officers(Long bodyId) {
        return TaskGroups.supervisor(bodyId);
    }

    /** The body's leader and deputy leaders: the plan's approval and every signature. */
    public String leaders(Long bodyId) {
        return TaskGroups.bodyLeaders(bodyId);
    }

    /** The body's emulation office consolidates the nominations into batches. */
    public String emulationOffice(Long bodyId) {
        return TaskGroups.bodyEmulation(bodyId);
    }

    public String principals(Long schoolId) {
        return TaskGroups.school(schoolId, Role.PRINCIPAL);
    }

    public List<Long> assignmentIds(Long conferenceId) {
        return assignments.findByConferenceIdOrderByPosition(conferenceId).stream().map(a -> a.id).toList();
    }

    /** A duty with a named owner goes to them; the unit's people can take it too. */
    public String assignee(Long assignmentId) {
        return assignment(assignmentId).ownerUsername;
    }

    /** Every officer of the duty's unit sees it (none when the body has no such unit: the owner has it). */
    public List<String> unitGroup(Long assignmentId) {
        Assignment a = assignment(assignmentId);
        return a.unitId == null ? List.of()
                : List.of(TaskGroups.bodyUnit(conference(a.conferenceId).supervisingBodyId, a.unitId));
    }

    public Date assignmentDue(Long assignmentId) {
        return endOf(assignment(assignmentId).dueOn);
    }

    public List<Long> bridgePointIds(Long conferenceId) {
        return bridgePoints.findByConferenceIdOrderByPosition(conferenceId).stream().map(b -> b.id).toList();
    }

    /** A school's bridge point is confirmed by its principals; any other by the body's officers. */
    public String bridgePointGroup(Long bridgePointId) {
        BridgePoint point = bridgePoints.findById(bridgePointId).orElseThrow(ConferenceRouting::gone);
        return point.schoolId != null ? principals(point.schoolId)
                : officers(conference(point.conferenceId).supervisingBodyId);
    }

    /** The schools asked to nominate: every school of the body when the nominating opens. */
    public List<Long> schoolIds(Long conferenceId) {
        return nominating.findByConferenceId(conferenceId).stream().map(s -> s.schoolId).sorted().toList();
    }

    public Date nominationDue(Long conferenceId, Long schoolId) {
        return endOf(school(conferenceId, schoolId).deadline);
    }

    public Date reminderAt(Long conferenceId, Long schoolId) {
        return Date.from(school(conferenceId, schoolId).deadline.minusDays(REMIND_DAYS_BEFORE)
                .atTime(LocalTime.of(8, 0)).atZone(VietnamTime.ZONE).toInstant());
    }

    /** The timer before the deadline: the principal sees the reminder in their inbox. */
    public void remind(Long conferenceId, Long schoolId) {
        SchoolNominating s = school(conferenceId, schoolId);
        s.remindedAt = VietnamTime.now();
        // Also a notification to each principal, which the tasks module mails (after the commit, on its own
        // thread) when mail is configured and the person has not turned e-mail off.
        Conference c = conference(conferenceId);
        String taskId = tasks.createTaskQuery().processInstanceId(c.processInstanceId)
                .taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId())
                .taskCandidateGroup(principals(schoolId)).list().stream().findFirst()
                .map(org.flowable.task.api.Task::getId).orElse(null);
        for (StaffInfo principal : schools.holders(schoolId, Role.PRINCIPAL)) {
            notices.notify(principal.username(), NoticeKind.DUE_SOON, taskId, taskId == null ? null : "task/" + taskId,
                    "conference-reminder:" + conferenceId + ":" + schoolId + ":" + s.deadline + ":"
                            + principal.username(),
                    "conference.notice.nominationReminder", List.of(c.title, Texts.date(s.deadline)));
        }
    }

    /** The deadline passed without the school's nominations: the officers get the late school's task. */
    public void escalate(Long conferenceId, Long schoolId) {
        school(conferenceId, schoolId).escalatedAt = VietnamTime.now();
    }

    public Date invitationsDue(Long conferenceId) {
        return endOf(conference(conferenceId).heldOn.minusDays(7));
    }

    public Date dayBefore(Long conferenceId) {
        return endOf(conference(conferenceId).heldOn.minusDays(1));
    }

    public Date heldOn(Long conferenceId) {
        return endOf(conference(conferenceId).heldOn);
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(VietnamTime.ZONE).toInstant());
    }

    private Conference conference(long id) {
        return conferences.findById(id).orElseThrow(ConferenceRouting::gone);
    }

    private Assignment assignment(long id) {
        return assignments.findById(id).orElseThrow(ConferenceRouting::gone);
    }

    private SchoolNominating school(long conferenceId, long schoolId) {
        return nominating.findByConferenceIdAndSchoolId(conferenceId, schoolId).orElseThrow(ConferenceRouting::gone);
    }

    private static BusinessRuleException gone() {
        return new BusinessRuleException("error.notFound");
    }
}
