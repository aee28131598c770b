package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/** A school moved to another body takes its dossier waiting for review along: the new body decides it. */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class SchoolMoveIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SeasonService seasons;
    @Autowired Tracker tracker;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_open_dossier_review_goes_to_the_new_body_and_leaves_the_old_one() {
        SupervisionFixture.Body from = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        SupervisionFixture.Body to = SupervisionFixture.body(registry, schools, BodyKind.PROVINCIAL_DEPARTMENT_OF_EDUCATION, 0);
        DemoAssemblies.People people = from.schools().get(0);
        long school = people.schoolId();
        long submitted = assemblies.drive(people, new DemoAssemblies.Plan(year, today.minusDays(5),
                today.plusDays(2), false, today), DemoAssemblies.Target.SUBMITTED, from.officer());

        registry.moveSchool(school, to.id(), today);

        TestUsers.signIn(accounts, from.officer());
        assertThatThrownBy(() -> tracker.accept(submitted)).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, to.officer());
        tracker.accept(submitted);
        assertThat(registry.memberships(school)).hasSize(2);
    }
}
