package vn.hoinghi.conference;

import java.time.LocalDate;
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

import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.BodyRole;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;

/**
 * The demo body's year-end conference, modelled on seed 003 and scaled to its schools: the officer's plan is
 * drafted (every school an online bridge point) and waits in the inbox to be submitted; the leader who approves
 * it and the office's officer get accounts of their own. Runs once, after the demo schools are loaded.
 */
@Component
@ConditionalOnProperty(name = "hoinghi.demo-data", havingValue = "true")
class DemoConferenceLoader {

    static final String BODY = "Ủy ban nhân dân xã Hồng Hà";
    static final String PLANNER = "chuyenvien";
    static final String LEADER = "lanhdao";
    static final String OFFICE = "vanphong";
    static final String DEPUTY = "pholanhdao";
    static final String ECONOMY = "kinhte";
    static final String EMULATION = "thidua";
    static final String CULTURE_UNIT = "Phòng Văn hóa – Xã hội";
    private static final String PASSWORD = "hoinghi2023";
    private static final Logger log = LoggerFactory.getLogger(DemoConferenceLoader.class);

    private final SchoolRegistry registry;
    private final SchoolDirectory schools;
    private final AccountDetailsService accounts;
    private final ConferenceService conferences;
    private final ConferenceRepository repository;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    DemoConferenceLoader(SchoolRegistry registry, SchoolDirectory schools, AccountDetailsService accounts,
                         ConferenceService conferences, ConferenceRepository repository, PasswordEncoder encoder,
                         PlatformTransactionManager tm) {
        this.registry = registry;
        this.schools = schools;
        this.accounts = accounts;
        this.conferences = conferences;
        this.repository = repository;
        this.encoder = encoder;
        this.tx = new TransactionTemplate(tm);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void load() {
        Long bodyId = registry.bodyNamed(BODY).orElse(null);
        if (bodyId == null || accounts.findUser(PLANNER).isEmpty() || accounts.findUser(LEADER).isPresent()
                || !repository.findBySupervisingBodyIdOrderBySchoolYearDesc(bodyId).isEmpty()) {
            return;
        }
        SecurityContextHolder.clearContext();
        String hash = encoder.encode(PASSWORD);
        tx.executeWithoutResult(s -> {
            // The commune's offices as the seeds name them, each with its people and their roles.
            long culture = registry.createUnit(bodyId, CULTURE_UNIT);
            long office = registry.createUnit(bodyId, "Văn phòng HĐND-UBND");
            long economy = registry.createUnit(bodyId, "Phòng Kinh tế");
            long emulation = registry.createUnit(bodyId, "Bộ phận thi đua, khen thưởng");
            registry.createSupervisor(bodyId, LEADER, "Nguyễn Văn Hưng", hash, BodyRole.LEADER, null);
            registry.createSupervisor(bodyId, DEPUTY, "Lê Thị Mai", hash, BodyRole.DEPUTY_LEADER, culture);
            registry.placeSupervisor(PLANNER, BodyRole.OFFICER, culture);
            registry.createSupervisor(bodyId, OFFICE, "Đỗ Minh Tuấn", hash, BodyRole.OFFICE_CLERK, office);
            registry.createSupervisor(bodyId, ECONOMY, "Hoàng Văn Nam", hash, BodyRole.OFFICER, economy);
            registry.createSupervisor(bodyId, EMULATION, "Vũ Thị Lan", hash, BodyRole.EMULATION_OFFICE, emulation);
        });
        LocalDate today = VietnamTime.today();
        as(PLANNER, () -> tx.executeWithoutResult(s -> {
            long id = conferences.start(ConferenceService.closingYear(today));
            String task = conferences.openTaskOf(id, ConferenceStep.DRAFT_PLAN);
            PlanForm form = conferences.planData(task).form();
            ModelPlan.fill(form, today.plusDays(21), conferences.fromData(bodyId), PLANNER,
                    conferences.levelsOf(bodyId));
            // Each level's own conference at one of its schools, as seed 003 names its hosts.
            List<SchoolInfo> hosts = schools.schoolsOfBody(bodyId);
            form.getLevelDates().forEach(l -> hosts.stream().filter(h -> schools.levels(h.id()).contains(l.getLevel()))
                    .findFirst().ifPresent(h -> l.setPlace(h.name())));
            form.setPlace("Hội trường tầng 2, Ủy ban nhân dân xã Hồng Hà");
            form.setChair("Ủy ban nhân dân xã Hồng Hà");
            // The planner keeps their own unit's duties; the other units' go to all of each unit's people.
            form.getAssignments().stream().filter(a -> !a.getUnit().equals(CULTURE_UNIT))
                    .forEach(a -> a.setOwner(null));
            List<SchoolInfo> list = schools.schoolsOfBody(bodyId);
            for (int i = 0; i < list.size(); i++) {
                SchoolInfo school = list.get(i);
                String contact = schools.holders(school.id(), Role.PRINCIPAL).stream().map(StaffInfo::fullName)
                        .findFirst().orElse(school.name());
                form.getBridgePoints().add(new BridgePointRow("Điểm cầu " + school.name(), school.id(),
                        school.name(), contact, String.format("0912 345 %03d", 100 + i),
                        "100% CBQL, giáo viên, nhân viên; học sinh được khen thưởng và cha mẹ học sinh"));
            }
            form.getBridgePoints().add(new BridgePointRow("Điểm cầu chính tại hội trường", null,
                    "Văn phòng HĐND-UBND xã", "Đỗ Minh Tuấn", "0987 654 321", "Đại biểu dự trực tiếp"));
            conferences.savePlan(task, form, false);
        }));
        log.info("Demo conference drafted for {}: the planner '{}' submits it, the leader '{}' approves it",
                BODY, PLANNER, LEADER);
    }

    private void as(String username, Runnable action) {
        AppUser user = accounts.findUser(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
