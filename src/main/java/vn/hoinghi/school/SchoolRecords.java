package vn.hoinghi.school;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.BusinessRuleException;

/** What the assembly writes back to the school: the inspection board's new two-year term (Art. 60(3)). */
@Service
@Transactional
public class SchoolRecords {

    public static final int BOARD_TERM_YEARS = 2;

    private final SchoolRepository schools;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;

    SchoolRecords(SchoolRepository schools, StaffRepository staff, RoleAssignmentRepository roles) {
        this.schools = schools;
        this.staff = staff;
        this.roles = roles;
    }

    /**
     * A role goes with a result (the board's head and deputies as elected): the new holders hold it from the
     * day, the previous holders' assignment ends the day before. Returns whether anything changed. Sessions of
     * those concerned end, so the inbox follows at their next sign-in.
     */
    public boolean handOverRole(long schoolId, vn.hoinghi.security.Role role, java.util.Set<Long> newHolders,
                                LocalDate from) {
        // written back from the school's own assembly, by a person of that school
        vn.hoinghi.security.CurrentUser.requireSchoolRole(schoolId);
        java.util.List<Staff> people = staff.findBySchoolId(schoolId);
        java.util.Map<Long, Staff> byId = new java.util.HashMap<>();
        people.forEach(p -> byId.put(p.getId(), p));
        if (!byId.keySet().containsAll(newHolders)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        boolean changed = false;
        java.util.Set<Long> holding = new java.util.HashSet<>();
        for (RoleAssignment r : roles.findByStaffIdIn(people.stream().map(Staff::getId).toList())) {
            if (r.getRole() != role || r.getValidTo() != null && r.getValidTo().isBefore(from)) {
                continue;
            }
            if (newHolders.contains(r.getStaffId()) && !r.getValidFrom().isAfter(from)) {
                holding.add(r.getStaffId());
            } else if (!newHolders.contains(r.getStaffId())) {
                r.endOn(r.getValidFrom().isBefore(from) ? from.minusDays(1) : r.getValidFrom());
                byId.get(r.getStaffId()).endSessions();
                changed = true;
            }
        }
        for (Long id : newHolders) {
            if (!holding.contains(id)) {
                roles.save(new RoleAssignment(id, role, null, from));
                byId.get(id).endSessions();
                changed = true;
            }
        }
        return changed;
    }

    public void recordBoardElected(long schoolId, LocalDate electedOn) {
        vn.hoinghi.security.CurrentUser.requireSchoolRole(schoolId);
        School s = schools.findById(schoolId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        s.setBoardTerm(electedOn, electedOn.plusYears(BOARD_TERM_YEARS));
    }
}
