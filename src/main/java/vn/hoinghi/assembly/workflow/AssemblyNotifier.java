package vn.hoinghi.assembly.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyFacts;
import vn.hoinghi.assembly.NotificationService;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.Texts;

/** What the BPMN's timers do when they fire: remind the school, escalate to the supervising body. */
@Component("assemblyNotifier")
public class AssemblyNotifier {

    private final NotificationService notifications;
    private final AssemblyFacts facts;

    AssemblyNotifier(NotificationService notifications, AssemblyFacts facts) {
        this.notifications = notifications;
        this.facts = facts;
    }

    public void filingReminder(DelegateExecution execution) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        toPrincipalAndUnionChair(execution, "filing-reminder", "notification.filingReminder",
                Texts.date(facts.filingDeadline(assemblyId)));
    }

    /** The day before the deadline; the deadline is in the key, so a moved deadline gets its own reminder. */
    public void filingLastDayReminder(DelegateExecution execution) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        long schoolId = AssemblyVariables.schoolId(execution);
        java.time.LocalDate deadline = facts.filingDeadline(assemblyId);
        for (Role role : new Role[]{Role.PRINCIPAL, Role.UNION_CHAIR}) {
            notifications.send("filing-last-day:" + assemblyId + ":" + deadline + ":" + role, schoolId, null, role,
                    assemblyId, "notification.filingLastDayReminder", Texts.date(deadline));
        }
    }

    public void filingOverdue(DelegateExecution execution) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        long schoolId = AssemblyVariables.schoolId(execution);
        String deadline = Texts.date(facts.filingDeadline(assemblyId));
        toPrincipalAndUnionChair(execution, "filing-overdue", "notification.filingOverdue", deadline);
        notifications.send("filing-overdue:" + assemblyId + ":body", schoolId, facts.supervisingBodyOf(schoolId),
                Role.SUPERVISOR, assemblyId, "notification.filingOverdueBody", facts.schoolName(schoolId), deadline);
    }

    /** Without a union, the notice names who took its roles rather than its executive committee. */
    public void recognitionOverdue(DelegateExecution execution) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        long schoolId = AssemblyVariables.schoolId(execution);
        String due = Texts.date(facts.recognitionDue(assemblyId));
        if (facts.hasUnion(schoolId)) {
            toPrincipalAndUnionChair(execution, "recognition-overdue", "notification.recognitionOverdue", due);
            return;
        }
        for (Role role : new Role[]{Role.PRINCIPAL, Role.UNION_CHAIR}) {
            notifications.send("recognition-overdue:" + assemblyId + ":" + role, schoolId, null, role, assemblyId,
                    "notification.recognitionOverdueSubstitute", due, facts.unionSubstitute(schoolId));
        }
    }

    /** The head and deputy were not elected within the school's N days after the election. */
    public void officersOverdue(DelegateExecution execution) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        toPrincipalAndUnionChair(execution, "officers-overdue", "notification.officersOverdue",
                Texts.date(facts.officersDue(assemblyId)));
    }

    /** Once per assembly and role: the dedupe key holds even when a timer fires again. */
    private void toPrincipalAndUnionChair(DelegateExecution execution, String kind, String messageKey, String date) {
        long assemblyId = AssemblyVariables.assemblyId(execution);
        long schoolId = AssemblyVariables.schoolId(execution);
        for (Role role : new Role[]{Role.PRINCIPAL, Role.UNION_CHAIR}) {
            notifications.send(kind + ":" + assemblyId + ":" + role, schoolId, null, role, assemblyId, messageKey,
                    date);
        }
    }
}
