package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.MeetingRecords;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/**
 * A province has thousands of schools: ids past 127 are no longer the JVM's cached Long objects, so an id
 * compared with == instead of by value shut the school out of its own assembly (found by the benchmark).
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class LargeIdsIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired AssemblyQueries queries;
    @Autowired MeetingRecords meetings;
    @Autowired DocumentService documents;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_school_numbered_past_127_sees_and_signs_its_own_assembly() {
        jdbc.execute("alter table school alter column id restart with 5000");
        LocalDate today = VietnamTime.today();
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        DemoAssemblies.People school = body.schools().get(0);
        long assemblyId = assemblies.drive(school, new DemoAssemblies.Plan(SeasonService.schoolYearOf(today),
                today.minusDays(5), today.plusDays(2), false, today), DemoAssemblies.Target.SUBMITTED, body.officer());

        TestUsers.signIn(accounts, school.principal());
        assertThat(queries.overview(assemblyId).school().id()).isGreaterThanOrEqualTo(5000);
        assertThat(meetings.meetings(assemblyId)).isNotEmpty();
        assertThat(documents.mayManage(assemblyId)).isTrue();
        assertThat(documents.documents(assemblyId)).isNotEmpty();
    }
}
