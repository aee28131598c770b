package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.hoinghi.security.Role;

/**
 * One person read from a roster file: the cells as written, and what they were understood as. A value is
 * null when its cell is empty or could not be read (then a problem says why).
 *
 * @param cells          the text of each known column, as read from the file
 * @param action         whether importing the row adds a person or updates the one with the same staff code
 * @param existingStaffId the person updated, for an update
 * @param departmentId   the department the name was matched to
 * @param unionMember    null when the file has no union-member column (an update then keeps the current value)
 * @param roles          the roles named in the row (an empty list when none)
 * @param valid          false when the row has an error
 */
public record RosterRow(int line, Map<RosterColumn, String> cells, Action action, Long existingStaffId, String code,
                        String fullName, LocalDate dateOfBirth, Gender gender, Position position, Long departmentId,
                        String departmentName, String email, String phone, Boolean unionMember, List<Role> roles,
                        boolean valid) {

    public enum Action {
        CREATE, UPDATE
    }

    public String cell(RosterColumn column) {
        return cells.getOrDefault(column, "");
    }
}
