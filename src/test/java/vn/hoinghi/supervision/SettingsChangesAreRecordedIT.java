package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.documents.AuditRecord;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.school.SchoolSettingsForm;
import vn.hoinghi.school.SchoolSettingsService;
import vn.hoinghi.shared.VietnamTime;

/** What the school administrator changes in the settings is in the record of the assembly under way. */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class SettingsChangesAreRecordedIT {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolSettingsService settings;
    @Autowired AuditRecord record;
    @Autowired AuditTrail audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_changed_setting_is_recorded_with_who_changed_it_and_from_what_to_what_and_an_unchanged_save_is_not() {
        int n = SEQ.incrementAndGet();
        long bodyId = registry.createBody("Ủy ban nhân dân xã Thiết Lập " + n, BodyKind.COMMUNE_PEOPLES_COMMITTEE);
        String officer = "chuyenvien.tl" + n;
        registry.createSupervisor(bodyId, officer, "Chuyên viên " + n, SupervisionFixture.HASH);
        String name = "Trường THCS Thiết Lập " + n;
        DemoAssemblies.People people = schools.create(bodyId, 1, name, SupervisionFixture.HASH);
        LocalDate today = VietnamTime.today();
        long assemblyId = assemblies.drive(people, new DemoAssemblies.Plan(SeasonService.schoolYearOf(today),
                today.plusDays(10), today.plusDays(15), false, null), DemoAssemblies.Target.PREPARATORY, officer);
        String admin = "quantri." + DemoSchools.code(name);

        TestUsers.signIn(accounts, admin);
        SchoolSettingsForm form = settings.load();
        int presidium = form.getPresidiumSize();
        settings.save(form);
        form.setPresidiumSize(presidium + 2);
        settings.save(form);

        TestUsers.signIn(accounts, people.principal());
        List<AuditEntry> changes = record.entries(assemblyId).stream()
                .filter(e -> e.action() == AuditAction.SETTINGS_CHANGED).toList();
        assertThat(changes).as("only the save that changed something").hasSize(1);
        assertThat(changes.get(0).detail())
                .isEqualTo("Số người trong Chủ tịch đoàn: " + presidium + " → " + (presidium + 2));
        assertThat(changes.get(0).actorUsername()).isEqualTo(admin);
        assertThat(changes.get(0).at()).isBeforeOrEqualTo(VietnamTime.now());
        // the school keeps it too, assembly or not
        assertThat(audit.forSubject(AuditSubject.school(people.schoolId()))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SETTINGS_CHANGED);
    }
}
