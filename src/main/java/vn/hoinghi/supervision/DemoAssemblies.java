package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyDemoWalk;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.VietnamTime;

/**
 * Drives a school's assembly to a chosen point through the real services, signed in as each person
 * whose task it is, as they would in the browser: the assembly's own steps through {@link AssemblyDemoWalk}, then
 * the dossier's signing, filing and the body's decision. Used for the demo data.
 */
@Component
class DemoAssemblies {

    private final DocumentService documents;

    /** How far to go. The last four are filing outcomes. */
    enum Target {
        NOT_LAUNCHED, PREPARATORY, DRAFTING, KEY_STAFF, GROUP_MEETINGS, FEEDBACK, PLENARY, BOARD, RESOLUTION,
        FILING, SUBMITTED, RETURNED, ACCEPTED, ACCEPTED_AFTER_RETURN
    }

    /** Who does what in the school (usernames). */
    record People(long schoolId, String principal, String unionChair, List<String> departmentHeads) {
    }

    /** The assembly's dates: the plenary, the filing deadline and, once filed, the day of filing. */
    record Plan(String schoolYear, LocalDate plenaryOn, LocalDate deadline, boolean electBoard,
                LocalDate submittedOn) {
    }

    static final String RETURN_REASON = "Thiếu bản scan có dấu đỏ của nghị quyết và quy chế làm việc.";

    private final AccountDetailsService accounts;
    private final AssemblyDemoWalk walk;
    private final PlannedDates plannedDates;
    private final Tracker tracker;
    private final TaskService tasks;

    DemoAssemblies(AccountDetailsService accounts, AssemblyDemoWalk walk, PlannedDates plannedDates, Tracker tracker,
                   TaskService tasks, DocumentService documents) {
        this.documents = documents;
        this.accounts = accounts;
        this.walk = walk;
        this.plannedDates = plannedDates;
        this.tracker = tracker;
        this.tasks = tasks;
    }

    /** The principal answers the season's question with the planned plenary date. */
    void reportPlannedDate(People p, LocalDate plannedOn) {
        as(p.principal(), () -> {
            AppUser user = accounts.findUser(p.principal()).orElseThrow();
            Task task = tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                    .taskCandidateGroupIn(user.taskGroups()).singleResult();
            if (task != null) {
                plannedDates.report(task.getId(), plannedOn);
            }
            return null;
        });
    }

    /** Launches and works the assembly up to the target; returns its id, or null when not launched. */
    Long drive(People p, Plan plan, Target target, String officer) {
        if (target == Target.NOT_LAUNCHED) {
            return null;
        }
        // up to filing the assembly's own steps; the filing outcomes go on from the dossier left to file
        boolean filed = target.compareTo(Target.FILING) > 0;
        AssemblyDemoWalk.Cast cast = new AssemblyDemoWalk.Cast(p.principal(), p.unionChair(), p.departmentHeads());
        long id = walk.walk(cast, new AssemblyDemoWalk.Plan(plan.schoolYear(), plan.plenaryOn(), plan.deadline(),
                plan.electBoard()), filed ? Stage.FILING : Stage.valueOf(target.name()));
        if (!filed) {
            return id;
        }
        file(p, id, plan.submittedOn(), "Bản mềm gửi qua thư điện tử, bản có dấu đỏ gửi qua văn thư.");
        if (target == Target.SUBMITTED) {
            return id;
        }
        if (target == Target.ACCEPTED) {
            as(officer, () -> {
                tracker.accept(id);
                return null;
            });
            return id;
        }
        as(officer, () -> {
            tracker.returnDossier(id, RETURN_REASON);
            return null;
        });
        if (target == Target.ACCEPTED_AFTER_RETURN) {
            file(p, id, plan.submittedOn().plusDays(3), "Đã bổ sung bản scan có dấu đỏ.");
            as(officer, () -> {
                tracker.accept(id);
                return null;
            });
        }
        return id;
    }

    private void file(People p, long id, LocalDate on, String note) {
        VietnamTime.replaying(on, () -> as(p.principal(), () -> {
            signDossierPieces(id);
            return null;
        }));
        // the date of filing is the server's: the demo season is replayed as of its filing day
        VietnamTime.replaying(on, () -> walk.file(new AssemblyDemoWalk.Cast(p.principal(), p.unionChair(),
                p.departmentHeads()), id, note));
    }

    /**
     * Filing needs each piece signed, numbered and scanned. Demo schools have no stamp: the piece's own PDF
     * stands in for its scan.
     */
    void signDossierPieces(long id) {
        for (DocumentService.DocumentRow row : documents.documents(id)) {
            if (row.dossierPiece() && !row.signed()) {
                documents.sign(id, row.ref(), new DocumentService.SignInput(row.myCapacities().get(0),
                        row.naturalDate()));
            }
            if (row.dossierPiece() && row.scans().isEmpty()) {
                DocumentService.FileContent pdf = documents.pdf(id, row.ref());
                documents.uploadScan(id, row.ref(), pdf.fileName(), pdf.bytes());
            }
        }
    }

    /** Runs the step signed in as the person, as the login form would sign them in, then restores. */
    private <T> T as(String username, Supplier<T> step) {
        return CurrentUser.runAs(accounts.findUser(username).orElseThrow(() -> new IllegalArgumentException(username)),
                step);
    }
}
