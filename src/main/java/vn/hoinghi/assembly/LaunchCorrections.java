package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.workflow.AssemblyDates;
import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;

/**
 * The principal corrects a launch (planned dates, mode, board seats) or cancels the assembly, both only until the
 * plenary is held. Open tasks' due dates and pending timers follow the new dates, and the staff are told.
 */
@Service
@Transactional
public class LaunchCorrections {

    /** What the principal may change after the launch; dates of meetings already held stay as they were. */
    public record Correction(LocalDate preparatoryOn, LocalDate keyStaffOn, LocalDate groupMeetingsOn,
                             LocalDate plenaryOn, LocalDate filingDeadline, AssemblyMode mode, boolean electBoard,
                             Integer boardSeats, boolean largerBoardDecided) {

        public static Correction of(Assembly a) {
            return new Correction(a.getPreparatoryOn(), a.getKeyStaffOn(), a.getGroupMeetingsOn(), a.getPlenaryOn(),
                    a.getFilingDeadline(), a.getMode(), a.isElectBoard(),
                    a.getBoardSeats() == null ? AssemblyRules.BOARD_MIN : a.getBoardSeats(),
                    a.getBoardSeats() != null && a.getBoardSeats() > AssemblyRules.BOARD_MAX);
        }
    }

    /** Which of the launch's fields can still change, and whether the signed-in person may change them. */
    public record CorrectionContext(Assembly assembly, boolean member, boolean mayChange, boolean plenaryHeld,
                                    Set<String> heldFields) {

        public boolean editable(String field) {
            return mayChange && !plenaryHeld && !heldFields.contains(field);
        }
    }

    private final AssemblyRepository assemblies;
    private final DossierRepository dossiers;
    private final MeetingRepository meetings;
    private final DraftRepository drafts;
    private final BoardCandidateRepository candidates;
    private final SchoolDirectory directory;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final AssemblyDates dates;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final vn.hoinghi.shared.AppI18NProvider i18n;

    LaunchCorrections(AssemblyRepository assemblies, DossierRepository dossiers, MeetingRepository meetings,
                      DraftRepository drafts, BoardCandidateRepository candidates, SchoolDirectory directory,
                      RuntimeService runtime, TaskService tasks, ManagementService management, AssemblyDates dates,
                      NotificationService notifications, AuditTrail audit,
                      vn.hoinghi.shared.AppI18NProvider i18n) {
        this.i18n = i18n;
        this.assemblies = assemblies;
        this.dossiers = dossiers;
        this.meetings = meetings;
        this.drafts = drafts;
        this.candidates = candidates;
        this.directory = directory;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.dates = dates;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CorrectionContext context(long assemblyId) {
        Assembly a = assembly(assemblyId);
        AppUser user = CurrentUser.require();
        boolean member = user.worksAt(a.getSchoolId());
        if (!member && !user.supervises(directory.school(a.getSchoolId()).bodyId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        boolean principal = member && user.hasRole(Role.PRINCIPAL) && !a.isCancelled();
        return new CorrectionContext(a, member, principal, plenaryHeld(a), heldFields(a));
    }

    public void correct(long assemblyId, Correction c) {
        Assembly a = ownOpenAssembly(assemblyId);
        Set<String> held = heldFields(a);
        Correction before = Correction.of(a);
        requireUnchanged(held, "preparatoryOn", before.preparatoryOn(), c.preparatoryOn());
        requireUnchanged(held, "keyStaffOn", before.keyStaffOn(), c.keyStaffOn());
        requireUnchanged(held, "groupMeetingsOn", before.groupMeetingsOn(), c.groupMeetingsOn());
        requireUnchanged(held, "electBoard", before.electBoard(), c.electBoard());
        check(c, a);
        List<String> changedDates = new ArrayList<>();
        describe(changedDates, "launch.preparatoryOn", a.getPreparatoryOn(), c.preparatoryOn());
        describe(changedDates, "launch.keyStaffOn", a.getKeyStaffOn(), c.keyStaffOn());
        describe(changedDates, "launch.groupMeetingsOn", a.getGroupMeetingsOn(), c.groupMeetingsOn());
        describe(changedDates, "launch.plenaryOn", a.getPlenaryOn(), c.plenaryOn());
        describe(changedDates, "launch.filingDeadline", a.getFilingDeadline(), c.filingDeadline());
        boolean otherChanges = a.getMode() != c.mode() || a.isElectBoard() != c.electBoard()
                || c.electBoard() && !Objects.equals(a.getBoardSeats(), c.boardSeats());
        if (changedDates.isEmpty() && !otherChanges) {
            throw new BusinessRuleException("correction.nothingChanged");
        }
        String otherDetail = a.getMode() + " → " + c.mode() + ", " + seats(a.isElectBoard(), a.getBoardSeats())
                + " → " + seats(c.electBoard(), c.boardSeats());
        a.correct(c.preparatoryOn(), c.keyStaffOn(), c.groupMeetingsOn(), c.plenaryOn(), c.filingDeadline(), c.mode(),
                c.electBoard(), c.boardSeats());
        dossiers.findByAssemblyId(a.getId()).ifPresent(d -> d.setDeadline(c.filingDeadline()));
        runtime.setVariable(a.getProcessInstanceId(), AssemblyVariables.ELECT_BOARD, c.electBoard());
        moveDueDates(a);
        AuditSubject subject = AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId());
        if (!changedDates.isEmpty()) {
            audit.record(subject, AuditAction.DATES_CHANGED, String.join("; ", changedDates));
        }
        if (otherChanges) {
            audit.record(subject, AuditAction.LAUNCH_CORRECTED, otherDetail);
        }
        notifications.send("launch-corrected:" + a.getId() + ":" + UUID.randomUUID(), a.getSchoolId(), null,
                Role.STAFF, a.getId(), "notification.launchCorrected", a.getSchoolYear(),
                Texts.date(a.getPreparatoryOn()), Texts.date(a.getKeyStaffOn()), Texts.date(a.getGroupMeetingsOn()),
                Texts.date(a.getPlenaryOn()));
    }

    public void cancel(long assemblyId, String reason) {
        Assembly a = ownOpenAssembly(assemblyId);
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "cancel.reasonRequired");
        }
        String why = reason.strip();
        String pid = a.getProcessInstanceId();
        if (pid != null && runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0) {
            // the subject keeps the process id, so the trail is written before the instance is gone
            audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), pid), AuditAction.ASSEMBLY_CANCELLED, why);
            runtime.deleteProcessInstance(pid, "cancelled");
        } else {
            audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), pid), AuditAction.ASSEMBLY_CANCELLED, why);
        }
        a.cancel(vn.hoinghi.shared.VietnamTime.today(), CurrentUser.require().getUsername(), why);
        notifications.send("assembly-cancelled:" + a.getId(), a.getSchoolId(), null, Role.STAFF, a.getId(),
                "notification.assemblyCancelled", a.getSchoolYear(), why);
        notifications.send("assembly-cancelled:" + a.getId() + ":body", a.getSchoolId(),
                directory.school(a.getSchoolId()).bodyId(), Role.SUPERVISOR, a.getId(),
                "notification.assemblyCancelledBody", directory.school(a.getSchoolId()).name(), a.getSchoolYear(),
                why);
    }

    /** The launch's own rules again, and the dates the drafts and the candidates already depend on. */
    private void check(Correction c, Assembly a) {
        String[] names = {"preparatoryOn", "keyStaffOn", "groupMeetingsOn", "plenaryOn", "filingDeadline"};
        LocalDate[] values = {c.preparatoryOn(), c.keyStaffOn(), c.groupMeetingsOn(), c.plenaryOn(),
                c.filingDeadline()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw BusinessRuleException.onField(names[i], "launch.datesRequired");
            }
        }
        for (int i = 1; i < values.length; i++) {
            if (values[i].isBefore(values[i - 1])) {
                throw BusinessRuleException.onField(names[i], "correction.datesOrder", Texts.date(values[i - 1]));
            }
        }
        if (c.mode() == null) {
            throw BusinessRuleException.onField("mode", "launch.missing");
        }
        try {
            AssemblyRules.checkMode(c.mode(), a.getStaffCount());
        } catch (BusinessRuleException e) {
            throw e.at("mode");
        }
        try {
            AssemblyRules.checkBoardSeats(c.electBoard(), c.boardSeats(), a.getStaffCount(), c.largerBoardDecided());
        } catch (BusinessRuleException e) {
            throw e.at(c.electBoard() && a.getStaffCount() <= AssemblyRules.SMALL_UNIT_MAX_STAFF ? "electBoard"
                    : "boardSeats");
        }
        LocalDate lastDraftDue = drafts.findByAssemblyIdOrderById(a.getId()).stream().map(Draft::getDueOn)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (lastDraftDue != null && lastDraftDue.isAfter(c.plenaryOn())) {
            throw BusinessRuleException.onField("plenaryOn", "correction.draftDueAfterPlenary",
                    Texts.date(lastDraftDue));
        }
        boolean nominated = meetings.findByAssemblyIdAndKindOrderById(a.getId(), MeetingKind.KEY_STAFF)
                .stream().findAny().isPresent() && drafts.findByAssemblyIdOrderById(a.getId()).stream()
                .noneMatch(d -> d.getStatus() == DraftStatus.REVISION_REQUESTED);
        int nominees = candidates.findByAssemblyIdOrderById(a.getId()).size();
        if (c.electBoard() && nominated && nominees < c.boardSeats()) {
            throw BusinessRuleException.onField("boardSeats", "keyStaff.tooFewCandidates", nominees, c.boardSeats());
        }
    }

    /** Each open task's due date from the assembly's dates, and each pending timer's date likewise. */
    private void moveDueDates(Assembly a) {
        long id = a.getId();
        for (Task task : tasks.createTaskQuery().processInstanceId(a.getProcessInstanceId()).list()) {
            Date due = switch (AssemblyStep.ofTask(task.getTaskDefinitionKey()).orElse(AssemblyStep.PLENARY_SESSION)) {
                case PREPARATORY_MEETING -> dates.preparatoryMeeting(id);
                case KEY_STAFF_MEETING -> dates.keyStaffMeeting(id);
                case DEPARTMENT_MEETING -> dates.groupMeetings(id);
                case CONSOLIDATE_FEEDBACK, ANSWER_FEEDBACK, PLENARY_CHECK_IN -> dates.plenary(id);
                case FILE_DOSSIER -> dates.filingDeadline(id);
                default -> task.getDueDate();
            };
            if (!Objects.equals(due, task.getDueDate())) {
                tasks.setDueDate(task.getId(), due);
            }
        }
        Map<String, Function<Long, Date>> timers = Map.of("recognitionOverdue", dates::recognitionDue,
                "filingReminder", dates::filingReminder, "filingReminderLastDay", dates::filingLastDayReminder,
                "filingDeadlineMissed", dates::filingDeadline, "sixMonthsLater", dates::sixMonthReview);
        for (Job job : management.createTimerJobQuery().processInstanceId(a.getProcessInstanceId()).list()) {
            Function<Long, Date> when = timers.get(job.getElementId());
            if (when != null) {
                management.rescheduleTimeDateJob(job.getId(), DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(when.apply(id).toInstant().atZone(AssemblyDates.VIETNAM)));
            }
        }
    }

    /** The principal of the assembly's school, while the assembly runs and its plenary has not been held. */
    private Assembly ownOpenAssembly(long assemblyId) {
        Assembly a = assembly(assemblyId);
        AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) || !user.hasRole(Role.PRINCIPAL)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        if (a.isCancelled()) {
            throw new BusinessRuleException("correction.cancelled");
        }
        if (plenaryHeld(a)) {
            throw BusinessRuleException.onField("plenaryOn", "correction.afterPlenary");
        }
        return a;
    }

    /** The plenary counts as held once a check-in reached the quorum, or the process has gone past it. */
    boolean plenaryHeld(Assembly a) {
        if (a.getStage() != null && a.getStage() != Stage.CANCELLED && a.getStage().compareTo(Stage.PLENARY) > 0) {
            return true;
        }
        return meetings.findByAssemblyIdAndKindOrderById(a.getId(), MeetingKind.PLENARY).stream()
                .anyMatch(m -> Boolean.TRUE.equals(m.getQuorumReached()));
    }

    /** The dates of meetings already held (and the board decision once the preparatory meeting assigned drafts). */
    private Set<String> heldFields(Assembly a) {
        Set<MeetingKind> held = EnumSet.noneOf(MeetingKind.class);
        meetings.findByAssemblyIdOrderById(a.getId()).forEach(m -> held.add(m.getKind()));
        Set<String> fields = new java.util.HashSet<>();
        if (held.contains(MeetingKind.PREPARATORY)) {
            fields.add("preparatoryOn");
            fields.add("electBoard");
        }
        if (held.contains(MeetingKind.KEY_STAFF)) {
            fields.add("keyStaffOn");
        }
        if (a.getStage() != null && a.getStage().compareTo(Stage.GROUP_MEETINGS) > 0) {
            fields.add("groupMeetingsOn");
        }
        return fields;
    }

    private static void requireUnchanged(Set<String> held, String field, Object before, Object after) {
        if (held.contains(field) && !Objects.equals(before, after)) {
            throw BusinessRuleException.onField(field, "correction.alreadyHeld");
        }
    }

    /** The trail's detail is kept in the school's language, like everything else the school records. */
    private void describe(List<String> out, String labelKey, LocalDate before, LocalDate after) {
        if (!Objects.equals(before, after)) {
            out.add(i18n.getTranslation(labelKey, vn.hoinghi.shared.AppI18NProvider.VIETNAMESE) + ": "
                    + Texts.date(before) + " → " + Texts.date(after));
        }
    }

    private static String seats(boolean electBoard, Integer seats) {
        return electBoard ? String.valueOf(seats) : "0";
    }

    private Assembly assembly(long assemblyId) {
        return assemblies.findById(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
