package vn.hoinghi.assembly;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.SchoolSettingsChanged;

/**
 * A change of the school's settings goes into the record, in the same transaction as the change: the school's
 * own, and that of each of its assemblies still under way (the settings decide how it runs from then on).
 */
@Component
class SettingsInTheRecord {

    private final AssemblyRepository assemblies;
    private final AuditTrail audit;

    SettingsInTheRecord(AssemblyRepository assemblies, AuditTrail audit) {
        this.assemblies = assemblies;
        this.audit = audit;
    }

    @EventListener
    void on(SchoolSettingsChanged changed) {
        audit.record(AuditSubject.school(changed.schoolId()), AuditAction.SETTINGS_CHANGED, changed.changes());
        for (Assembly a : assemblies.findBySchoolIdOrderByIdDesc(changed.schoolId())) {
            if (!a.isCancelled() && a.getStage() != Stage.CLOSED && a.getStage() != Stage.CANCELLED) {
                audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId()),
                        AuditAction.SETTINGS_CHANGED, changed.changes());
            }
        }
    }
}
