package vn.hoinghi.assembly.workflow;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyFacts;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;

/** Who gets each task: called from the BPMN's candidateGroups and assignee expressions. */
@Component("taskRouting")
public class TaskRouting {

    private final AssemblyFacts facts;

    TaskRouting(AssemblyFacts facts) {
        this.facts = facts;
    }

    public String group(Long schoolId, String role) {
        return TaskGroups.school(schoolId, Role.valueOf(role));
    }

    public String groups(Long schoolId, String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).map(r -> group(schoolId, r))
                .collect(Collectors.joining(","));
    }

    public String departmentGroups(Long schoolId, Long departmentId) {
        return TaskGroups.department(schoolId, departmentId, Role.DEPARTMENT_HEAD) + ","
                + TaskGroups.department(schoolId, departmentId, Role.UNION_GROUP_HEAD);
    }

    public String supervisorGroup(Long schoolId) {
        return TaskGroups.supervisor(facts.supervisingBodyOf(schoolId));
    }

    public String draftAuthor(Long draftId) {
        return facts.draftAuthorUsername(draftId);
    }
}
