package vn.hoinghi.tasks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;

/** The people behind a task: its assignee, or everyone holding a role it is offered to (TaskGroups' names). */
@Component
class TaskRecipients {

    private final SchoolDirectory directory;

    TaskRecipients(SchoolDirectory directory) {
        this.directory = directory;
    }

    Set<String> of(String assignee, Collection<String> candidateGroups) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
            return people;
        }
        for (String group : candidateGroups) {
            String[] p = group.split(":");
            try {
                if (p.length == 3 && p[0].equals("school")) {
                    directory.holders(Long.parseLong(p[1]), Role.valueOf(p[2])).stream()
                            .map(StaffInfo::username).forEach(people::add);
                } else if (p.length == 5 && p[0].equals("school") && p[2].equals("dept")) {
                    long dept = Long.parseLong(p[3]);
                    directory.holders(Long.parseLong(p[1]), Role.valueOf(p[4])).stream()
                            .filter(s -> s.departmentId() != null && s.departmentId() == dept)
                            .map(StaffInfo::username).forEach(people::add);
                } else if (p.length == 3 && p[0].equals("body")) {
                    people.addAll(directory.officerUsernames(Long.parseLong(p[1])));
                }
            } catch (IllegalArgumentException notOurs) {
                // a group this app did not name: nobody to tell
            }
        }
        people.remove(null);
        return people;
    }
}
