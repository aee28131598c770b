package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An assembly as other modules and the pages see it: a copy of what was launched and where it stands. */
public record AssemblyInfo(long id, long schoolId, String schoolYear, AssemblyKind kind, RequestedBy requestedBy,
                           AssemblyMode mode, int staffCount, LocalDate preparatoryOn, LocalDate keyStaffOn,
                           LocalDate groupMeetingsOn, LocalDate plenaryOn, LocalDate filingDeadline,
                           boolean electBoard, Integer boardSeats, Stage stage, String processInstanceId,
                           String launchedBy, LocalDateTime launchedAt, LocalDate cancelledOn, String cancelledBy,
                           String cancelReason, Integer petitionSignatures, LocalDate petitionOn) {

    static AssemblyInfo of(Assembly a) {
        return new AssemblyInfo(a.getId(), a.getSchoolId(), a.getSchoolYear(), a.getKind(), a.getRequestedBy(),
                a.getMode(), a.getStaffCount(), a.getPreparatoryOn(), a.getKeyStaffOn(), a.getGroupMeetingsOn(),
                a.getPlenaryOn(), a.getFilingDeadline(), a.isElectBoard(), a.getBoardSeats(), a.getStage(),
                a.getProcessInstanceId(), a.getLaunchedBy(), a.getLaunchedAt(), a.getCancelledOn(),
                a.getCancelledBy(), a.getCancelReason(), a.getPetitionSignatures(), a.getPetitionOn());
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }
}
