package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/** Read-only detail of every meeting held, with who was there: what minutes are written from. */
@Service
@Transactional(readOnly = true)
public class MeetingRecords {

    /**
     * One meeting as recorded. For a department meeting, notes hold the secretary's name; absent are the
     * members (department) or staff (plenary) who were convened and did not come.
     */
    public record MeetingDetail(long id, MeetingKind kind, Long departmentId, String departmentName, int convocation,
                                LocalDate heldOn, int convened, int present, Boolean quorumReached,
                                String resultsSummary, String notes, String recordedByName, List<String> presentNames,
                                List<String> absentNames, String chairName, int sitting, LocalDate continuedOn,
                                String continuationReason) {
    }

    private final AssemblyFacts facts;
    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final SchoolDirectory directory;

    MeetingRecords(AssemblyFacts facts, MeetingRepository meetings, AttendanceRepository attendance,
                   SchoolDirectory directory) {
        this.facts = facts;
        this.meetings = meetings;
        this.attendance = attendance;
        this.directory = directory;
    }

    /** Every meeting of the assembly in the order held; the school's staff and its supervisor may read them. */
    public List<MeetingDetail> meetings(long assemblyId) {
        Assembly a = facts.assembly(assemblyId);
        SchoolInfo school = directory.school(a.getSchoolId());
        AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) && !user.supervises(school.bodyId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Map<Long, String> deptNames = new HashMap<>();
        directory.departments(a.getSchoolId()).forEach((DepartmentInfo d) -> deptNames.put(d.id(), d.name()));
        List<StaffInfo> staff = directory.allStaff(a.getSchoolId(), vn.hoinghi.shared.VietnamTime.today());
        List<Meeting> list = meetings.findByAssemblyIdOrderById(assemblyId);
        Map<Long, Set<Long>> presentAt = new HashMap<>();
        for (Object[] row : attendance.presentByAssembly(assemblyId)) {
            presentAt.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        Map<String, String> recorders = directory.displayNames(list.stream().map(Meeting::getRecordedBy).toList());
        return list.stream().map(m -> {
            Set<Long> present = presentAt.getOrDefault(m.getId(), Set.of());
            List<String> presentNames = staff.stream().filter(s -> present.contains(s.id())).map(StaffInfo::fullName)
                    .toList();
            List<String> absentNames = switch (m.getKind()) {
                case DEPARTMENT -> staff.stream().filter(StaffInfo::active)
                        .filter(s -> m.getDepartmentId().equals(s.departmentId()) && !present.contains(s.id()))
                        .map(StaffInfo::fullName).toList();
                case PLENARY -> a.getMode() == AssemblyMode.FULL
                        ? staff.stream().filter(StaffInfo::active).filter(s -> !present.contains(s.id()))
                        .map(StaffInfo::fullName).toList()
                        : List.of();
                default -> List.of();
            };
            String recordedBy = m.getRecordedBy() == null ? "" : recorders.get(m.getRecordedBy());
            // a department's minutes are chaired and signed by its head on the day, whoever typed them in
            String chair = m.getKind() == MeetingKind.DEPARTMENT && m.getDepartmentId() != null
                    ? directory.departmentRoleHolder(a.getSchoolId(), m.getDepartmentId(), Role.DEPARTMENT_HEAD,
                    m.getHeldOn()).orElse(recordedBy) : recordedBy;
            return new MeetingDetail(m.getId(), m.getKind(), m.getDepartmentId(), deptNames.get(m.getDepartmentId()),
                    m.getConvocation(), m.getHeldOn(), m.getConvened(), m.getPresent(), m.getQuorumReached(),
                    m.getResultsSummary(), m.getNotes(), recordedBy, presentNames, absentNames, chair,
                    m.getSitting(), m.getContinuedOn(), m.getContinuationReason());
        }).toList();
    }
}
