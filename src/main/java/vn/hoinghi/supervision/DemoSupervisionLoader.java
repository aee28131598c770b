package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.shared.VietnamTime;

/**
 * Demo data for the supervising body: 22 more schools under the demo school's commune, a season for the
 * current school year, and each school's assembly driven through the real services to a different point,
 * so the tracker shows every stage and every dossier status. Dates are relative to today. Runs once,
 * after the demo school is loaded, while no other school exists.
 */
@Component
@ConditionalOnProperty(name = "hoinghi.demo-data", havingValue = "true")
class DemoSupervisionLoader {

    static final String BODY = "Ủy ban nhân dân xã Hồng Hà";
    static final String OFFICER = "chuyenvien";
    private static final String PASSWORD = "hoinghi2023";
    private static final Logger log = LoggerFactory.getLogger(DemoSupervisionLoader.class);

    /** One generated school: where its assembly stands, dates in days from today, null = not applicable. */
    record Spec(String name, DemoAssemblies.Target target, Integer plenary, Integer deadline, boolean electBoard,
                Integer submitted, Integer reported) {
    }

    /** Season: plans due 20 days ago, assemblies held within a week, dossiers within two. */
    static final int REPORT_BY = -20;
    static final int HOLD_BY = 7;
    static final int FILE_BY = 14;

    static final List<Spec> SCHOOLS = List.of(
            new Spec("Trường Mầm non Hòa Bình", DemoAssemblies.Target.FILING, -12, -6, false, null, -30),
            new Spec("Trường Tiểu học Tân Tiến", DemoAssemblies.Target.RETURNED, -10, -3, true, -4, -28),
            new Spec("Trường THCS Quang Trung", DemoAssemblies.Target.SUBMITTED, -8, FILE_BY, true, -1, -27),
            new Spec("Trường Mầm non Hoa Sen", DemoAssemblies.Target.ACCEPTED_AFTER_RETURN, -15, -8, false, -9, -30),
            new Spec("Trường Tiểu học Kim Đồng", DemoAssemblies.Target.ACCEPTED, -14, -7, true, -8, -29),
            new Spec("Trường THCS Nguyễn Du", DemoAssemblies.Target.ACCEPTED, -16, -10, false, -7, -30),
            new Spec("Trường Tiểu học Lê Lợi", DemoAssemblies.Target.FILING, -6, -1, false, null, -25),
            new Spec("Trường Mầm non Sơn Ca", DemoAssemblies.Target.FILING, -5, 0, false, null, -24),
            new Spec("Trường THCS Chu Văn An", DemoAssemblies.Target.FILING, -4, 2, true, null, -23),
            new Spec("Trường Tiểu học Đoàn Thị Điểm", DemoAssemblies.Target.SUBMITTED, -11, -5, false, -2, -26),
            new Spec("Trường THCS Lý Tự Trọng", DemoAssemblies.Target.RESOLUTION, -1, FILE_BY, false, null, -22),
            new Spec("Trường Mầm non Hướng Dương", DemoAssemblies.Target.BOARD, -2, FILE_BY, true, null, -22),
            new Spec("Trường Tiểu học Trần Quốc Toản", DemoAssemblies.Target.PLENARY, 1, FILE_BY, false, null, -21),
            new Spec("Trường Mầm non Bình Minh", DemoAssemblies.Target.PLENARY, -3, -2, false, null, -21),
            new Spec("Trường THCS Trần Hưng Đạo", DemoAssemblies.Target.FEEDBACK, 3, FILE_BY, true, null, -20),
            new Spec("Trường Mầm non Họa Mi", DemoAssemblies.Target.GROUP_MEETINGS, 4, FILE_BY, false, null, -20),
            new Spec("Trường Tiểu học Nguyễn Trãi", DemoAssemblies.Target.KEY_STAFF, 5, FILE_BY, true, null, -19),
            new Spec("Trường THCS Phan Bội Châu", DemoAssemblies.Target.DRAFTING, 6, FILE_BY, false, null, -18),
            new Spec("Trường Mầm non Tuổi Thơ", DemoAssemblies.Target.PREPARATORY, 14, 21, false, null, -15),
            new Spec("Trường Tiểu học Võ Thị Sáu", DemoAssemblies.Target.NOT_LAUNCHED, 10, null, false, null, -12),
            new Spec("Trường THCS Lê Quý Đôn", DemoAssemblies.Target.NOT_LAUNCHED, null, null, false, null, null),
            new Spec("Trường Tiểu học Hòa Bình", DemoAssemblies.Target.ACCEPTED, -13, -4, false, -5, -30));


    private final SchoolRegistry registry;
    private final DemoSchools schools;
    private final AccountDetailsService accounts;
    private final SeasonService seasons;
    private final DemoAssemblies assemblies;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    DemoSupervisionLoader(SchoolRegistry registry, DemoSchools schools, AccountDetailsService accounts, SeasonService seasons,
                          DemoAssemblies assemblies, PasswordEncoder encoder, PlatformTransactionManager tm) {
        this.registry = registry;
        this.schools = schools;
        this.accounts = accounts;
        this.seasons = seasons;
        this.assemblies = assemblies;
        this.encoder = encoder;
        this.tx = new TransactionTemplate(tm);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() {
        Long bodyId = registry.bodyNamed(BODY).orElse(null);
        if (bodyId == null || registry.countSchools() != 1 || accounts.findUser(OFFICER).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        SecurityContextHolder.clearContext(); // the registry is for the system, not a signed-in person
        LocalDate today = VietnamTime.today();
        String year = SeasonService.schoolYearOf(today);
        String hash = encoder.encode(PASSWORD);
        List<DemoAssemblies.People> people = new ArrayList<>();
        // one transaction for all the schools' people, one per school's assembly: fewer commits, a faster start
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < SCHOOLS.size(); i++) {
                people.add(schools.create(bodyId, i, SCHOOLS.get(i).name(), hash));
            }
        });
        asOfficer(() -> seasons.save(new SeasonForm(year, today.plusDays(REPORT_BY), today.plusDays(HOLD_BY),
                today.plusDays(FILE_BY), SeasonService.DEFAULT_CONTENTS)));
        for (int i = 0; i < SCHOOLS.size(); i++) {
            Spec spec = SCHOOLS.get(i);
            DemoAssemblies.People p = people.get(i);
            tx.executeWithoutResult(s -> {
                if (spec.reported() != null) {
                    assemblies.reportPlannedDate(p, today.plusDays(spec.plenary()));
                }
                if (spec.target() != DemoAssemblies.Target.NOT_LAUNCHED) {
                    assemblies.drive(p, new DemoAssemblies.Plan(year, today.plusDays(spec.plenary()),
                            today.plusDays(spec.deadline()), spec.electBoard(),
                            spec.submitted() == null ? null : today.plusDays(spec.submitted())), spec.target(),
                            OFFICER);
                }
            });
        }
        log.info("Demo supervision loaded: {} schools under {} in {} ms; their staff sign in as "
                        + "<role>.<school>, e.g. ctcongdoan.thtantien, password '{}'", SCHOOLS.size(), BODY,
                (System.nanoTime() - started) / 1_000_000, PASSWORD);
    }

    private void asOfficer(Runnable action) {
        AppUser officer = accounts.findUser(OFFICER).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
