package vn.hoinghi.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.hoinghi.TestUsers;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;

/** A supervising body of its own for one test, with an officer and generated schools, so tests do not meet. */
final class SupervisionFixture {

    static final String HASH = "{noop}hoinghi2023";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    record Body(long id, String officer, List<DemoAssemblies.People> schools, List<String> names) {
    }

    private SupervisionFixture() {
    }

    /** A body with an officer and the given number of schools; call it signed out. */
    static Body body(SchoolRegistry registry, DemoSchools schools, BodyKind kind, int schoolCount) {
        TestUsers.signOut();
        int n = SEQ.incrementAndGet();
        long bodyId = registry.createBody("Sở Giáo dục và Đào tạo thử nghiệm " + n, kind);
        String officer = "chuyenvien" + n;
        registry.createSupervisor(bodyId, officer, "Chuyên viên " + n, HASH);
        List<DemoAssemblies.People> people = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            String name = "Trường THCS Thực hành " + n + " " + (char) ('A' + i);
            names.add(name);
            people.add(schools.create(bodyId, i, name, HASH));
        }
        return new Body(bodyId, officer, people, names);
    }
}
