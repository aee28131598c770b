package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/** The task machinery writes who completed each step, and only the school and its body read it. */
@SpringBootTest
class AuditTrailIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired HistoryService history;
    @Autowired AuditTrail audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void each_completed_step_names_who_completed_it_and_only_the_school_and_its_body_read_it() {
        LocalDate today = VietnamTime.today();
        SupervisionFixture.Body a = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        SupervisionFixture.Body b = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        DemoAssemblies.People people = a.schools().get(0);
        assemblies.drive(people, new DemoAssemblies.Plan(SeasonService.schoolYearOf(today), today.minusDays(5),
                today.plusDays(2), false, null), DemoAssemblies.Target.DRAFTING, a.officer());
        HistoricTaskInstance preparatory = history.createHistoricTaskInstanceQuery()
                .taskDefinitionKey(AssemblyStep.PREPARATORY_MEETING.taskId())
                .processVariableValueEquals("schoolId", people.schoolId()).singleResult();

        TestUsers.signIn(accounts, people.principal());
        List<AuditEntry> lines = audit.forTask(preparatory.getId());
        assertThat(lines).extracting(AuditEntry::action).containsExactly(AuditAction.TASK_COMPLETED);
        assertThat(lines.get(0).actorUsername()).isEqualTo(people.principal());
        assertThat(lines.get(0).taskName()).isEqualTo(preparatory.getName());
        assertThat(lines.get(0).at()).isBeforeOrEqualTo(VietnamTime.now());

        TestUsers.signIn(accounts, a.officer());
        assertThat(audit.forTask(preparatory.getId())).hasSize(1);
        TestUsers.signIn(accounts, b.officer());
        assertThatThrownBy(() -> audit.forTask(preparatory.getId())).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, b.schools().get(0).principal());
        assertThatThrownBy(() -> audit.forTask(preparatory.getId())).hasMessage("error.accessDenied");
    }
}
