package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;

import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;

/** SupervisionFixture for tests in other packages (the views' tests), with public types only. */
public final class SupervisionTestData {

    public record School(long id, String name, String principal, String unionChair) {
    }

    public record Body(long id, String officer, List<School> schools) {
    }

    private SupervisionTestData() {
    }

    public static Body body(ApplicationContext ctx, BodyKind kind, int schoolCount) {
        SupervisionFixture.Body body = SupervisionFixture.body(ctx.getBean(SchoolRegistry.class),
                ctx.getBean(DemoSchools.class), kind, schoolCount);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            DemoAssemblies.People p = body.schools().get(i);
            schools.add(new School(p.schoolId(), body.names().get(i), p.principal(), p.unionChair()));
        }
        return new Body(body.id(), body.officer(), schools);
    }

    /** Drives the school's assembly of the school year until its dossier is submitted; returns the assembly. */
    public static long submitted(ApplicationContext ctx, Body body, School school, String schoolYear,
                                 LocalDate plenaryOn, LocalDate deadline, LocalDate submittedOn) {
        DemoAssemblies.People people = new DemoAssemblies.People(school.id(), school.principal(), school.unionChair(),
                List.of("totruong1." + DemoSchools.code(school.name()), "totruong2." + DemoSchools.code(school.name())));
        return ctx.getBean(DemoAssemblies.class).drive(people, new DemoAssemblies.Plan(schoolYear, plenaryOn, deadline,
                false, submittedOn), DemoAssemblies.Target.SUBMITTED, body.officer());
    }
}
