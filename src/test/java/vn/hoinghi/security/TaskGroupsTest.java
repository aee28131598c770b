package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A task's candidate groups say which role (and department) a new holder must have. */
class TaskGroupsTest {

    @Test
    void a_school_group_and_a_department_group_read_back_as_the_role_they_were_made_of() {
        assertThat(TaskGroups.parse(TaskGroups.school(12, Role.UNION_CHAIR)))
                .isEqualTo(new TaskGroups.SchoolGroup(12, null, Role.UNION_CHAIR));
        assertThat(TaskGroups.parse(TaskGroups.department(12, 345, Role.DEPARTMENT_HEAD)))
                .isEqualTo(new TaskGroups.SchoolGroup(12, 345L, Role.DEPARTMENT_HEAD));
    }

    @Test
    void a_body_group_or_a_name_of_another_form_is_no_school_group() {
        assertThat(TaskGroups.parse(TaskGroups.supervisor(3))).isNull();
        assertThat(TaskGroups.parse("school:x:PRINCIPAL")).isNull();
        assertThat(TaskGroups.parse("school:1:NO_SUCH_ROLE")).isNull();
        assertThat(TaskGroups.parse(null)).isNull();
    }
}
