package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/** The school administrator's settings of their own school: union, inspection board's term, local practice. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SchoolSettingsService {

    /** The inspection board has 3 to 9 members (Decree 59/2023/NĐ-CP, Art. 19). */
    static final int BOARD_MIN = 3;
    static final int BOARD_MAX = 9;
    /** Without a union, its school-wide roles go to the person the staff chose to represent them. */
    static final List<Role> UNION_ROLES = List.of(Role.UNION_CHAIR, Role.UNION_EXECUTIVE);

    /** What the page shows but does not edit. */
    public record Overview(String schoolName, String bodyName, BodyKind bodyKind, String nextSchoolYear,
                           boolean boardDueAtNextAssembly) {
    }

    private final SchoolRepository schools;
    private final SchoolSettingRepository settings;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;
    private final ApplicationEventPublisher events;
    private final vn.hoinghi.shared.AppI18NProvider i18n;

    SchoolSettingsService(SchoolRepository schools, SchoolSettingRepository settings, StaffRepository staff,
                          RoleAssignmentRepository roles, ApplicationEventPublisher events,
                          vn.hoinghi.shared.AppI18NProvider i18n) {
        this.events = events;
        this.i18n = i18n;
        this.schools = schools;
        this.settings = settings;
        this.staff = staff;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        School s = mySchool();
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        int startYear = nextAssemblyStartYear(s, today);
        return new Overview(s.getName(), s.getSupervisingBody().getName(), s.getSupervisingBody().getKind(),
                startYear + "-" + (startYear + 1), boardDue(s.getBoardTermEndsOn(), s, startYear));
    }

    @Transactional(readOnly = true)
    public SchoolSettingsForm load() {
        School s = mySchool();
        SchoolSetting setting = settings.findById(s.getId()).orElseGet(() -> new SchoolSetting(s.getId()));
        SchoolSettingsForm form = new SchoolSettingsForm();
        form.setHasUnion(s.isHasUnion());
        form.setUnionSubstituteId(setting.getUnionSubstituteId());
        form.setUnionSubstituteTitle(setting.getUnionSubstituteTitle() == null ? "" : setting.getUnionSubstituteTitle());
        form.setBoardElectedOn(s.getBoardElectedOn());
        form.setBoardTermEndsOn(s.getBoardTermEndsOn());
        form.fill(setting.practice());
        return form;
    }

    /**
     * Saves the settings. A school without a union gives the union's school-wide roles to the person named
     * in its place, from today, so the tasks of the union chair and executive still reach someone.
     * @return the roles newly given to that person
     */
    public List<Role> save(SchoolSettingsForm form) {
        School school = mySchool();
        LocalPractice practice = form.practice();
        validate(form, practice);
        Staff substitute = null;
        if (!form.isHasUnion() && form.getUnionSubstituteId() != null) {
            substitute = staff.findById(form.getUnionSubstituteId())
                    .filter(p -> p.getSchoolId().equals(school.getId()))
                    .orElseThrow(() -> new BusinessRuleException("error.accessDenied"));
            if (!substitute.isActive()) {
                throw new BusinessRuleException("settings.substituteInactive", substitute.getFullName());
            }
        }
        LocalDate electedOn = form.getBoardElectedOn();
        LocalDate endsOn = form.getBoardTermEndsOn();
        if (electedOn != null && endsOn == null) {
            endsOn = electedOn.plusYears(SchoolRecords.BOARD_TERM_YEARS);
        }
        boolean unionCloses = school.isHasUnion() && !form.isHasUnion();
        List<RoleAssignment> unionHeld = unionCloses ? unionRolesInForce(school.getId()) : List.of();
        if (!unionHeld.isEmpty() && !form.isEndUnionRoles()) {
            // asked first: the page confirms, then sends the flag
            throw BusinessRuleException.onField("hasUnion", "settings.union.endRolesAsk", unionHeld.size());
        }
        LocalDate yesterday = vn.hoinghi.shared.VietnamTime.today().minusDays(1);
        for (RoleAssignment r : unionHeld) {
            if (r.getValidFrom().isAfter(yesterday)) {
                roles.delete(r); // given today: as if never given
            } else {
                r.endOn(yesterday);
            }
            staff.findById(r.getStaffId()).ifPresent(Staff::endSessions);
        }
        SchoolSetting setting = settings.findById(school.getId())
                .orElseGet(() -> settings.save(new SchoolSetting(school.getId())));
        String title = form.getUnionSubstituteTitle() == null || form.getUnionSubstituteTitle().isBlank()
                ? null : form.getUnionSubstituteTitle().trim();
        Long substituteId = form.isHasUnion() ? null : form.getUnionSubstituteId();
        List<String> changes = new ArrayList<>();
        describe(changes, "settings.union.has", school.isHasUnion(), form.isHasUnion());
        describe(changes, "settings.union.substitute", name(setting.getUnionSubstituteId()), name(substituteId));
        describe(changes, "settings.union.substituteTitle", setting.getUnionSubstituteTitle(),
                form.isHasUnion() ? null : title);
        describe(changes, "settings.board.electedOn", school.getBoardElectedOn(), electedOn);
        describe(changes, "settings.board.endsOn", school.getBoardTermEndsOn(), endsOn);
        LocalPractice before = setting.practice();
        for (java.lang.reflect.RecordComponent c : LocalPractice.class.getRecordComponents()) {
            String label = PRACTICE_LABELS.get(c.getName());
            if (label == null) {
                throw new IllegalStateException("no label for the practice's " + c.getName());
            }
            describe(changes, label, value(c, before), value(c, practice));
        }

        school.setHasUnion(form.isHasUnion());
        school.setBoardTerm(electedOn, endsOn);
        setting.apply(practice);
        setting.setUnionSubstitute(substituteId, form.isHasUnion() ? null : title);
        if (!changes.isEmpty()) {
            // the school's assemblies keep it in their record (AuditAction.SETTINGS_CHANGED), who and when included
            events.publishEvent(new SchoolSettingsChanged(school.getId(), String.join("; ", changes)));
        }

        List<Role> given = new ArrayList<>();
        if (substitute != null) {
            LocalDate today = vn.hoinghi.shared.VietnamTime.today();
            List<RoleAssignment> held = roles.findByStaffId(substitute.getId());
            for (Role role : UNION_ROLES) {
                if (held.stream().noneMatch(r -> r.getRole() == role && r.inForceOn(today))) {
                    roles.save(new RoleAssignment(substitute.getId(), role, null, today));
                    given.add(role);
                }
            }
        }
        return given;
    }

    /** Each field of the practice by the label the settings page shows it under. */
    private static final java.util.Map<String, String> PRACTICE_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("separateMeetings", "settings.practice.separateMeetings"),
            java.util.Map.entry("presidiumSize", "settings.practice.presidiumSize"),
            java.util.Map.entry("secretaryCount", "settings.practice.secretaryCount"),
            java.util.Map.entry("presidiumByShowOfHands", "settings.practice.showOfHands"),
            java.util.Map.entry("boardUnionExecutives", "settings.practice.boardUnionExecutives"),
            java.util.Map.entry("boardWithoutPost", "settings.practice.boardWithoutPost"),
            java.util.Map.entry("boardExcludesFinance", "settings.practice.excludeFinance"),
            java.util.Map.entry("boardOfficersWithinDays", "settings.practice.officersDays"),
            java.util.Map.entry("discussionSharePercent", "settings.practice.discussionShare"),
            java.util.Map.entry("newsPostWithinDays", "settings.practice.newsDays"),
            java.util.Map.entry("dossierContents", "settings.practice.dossierContents"),
            java.util.Map.entry("dossierFormat", "settings.practice.dossierFormat"),
            java.util.Map.entry("dossierDaysAfterPlenary", "settings.practice.dossierDays"));

    private static Object value(java.lang.reflect.RecordComponent c, LocalPractice p) {
        try {
            return c.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String name(Long staffId) {
        return staffId == null ? null : staff.findById(staffId).map(Staff::getFullName).orElse(null);
    }

    /** "label: old → new" when the value changed; yes/no for a tick box, dd/MM/yyyy for a date, "–" for none. */
    private void describe(List<String> out, String labelKey, Object before, Object after) {
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        out.add(i18n.getTranslation(labelKey, vn.hoinghi.shared.AppI18NProvider.VIETNAMESE) + ": " + shown(before)
                + " → " + shown(after));
    }

    private String shown(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return "–";
        }
        if (value instanceof Boolean b) {
            return i18n.getTranslation(b ? "settings.audit.yes" : "settings.audit.no",
                    vn.hoinghi.shared.AppI18NProvider.VIETNAMESE);
        }
        if (value instanceof LocalDate d) {
            return vn.hoinghi.shared.Texts.date(d);
        }
        String text = value.toString().strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    /** The union's roles held today in the school (chair, executives, union group heads). */
    private List<RoleAssignment> unionRolesInForce(long schoolId) {
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        List<Long> ids = staff.findBySchoolId(schoolId).stream().map(Staff::getId).toList();
        return roles.findByStaffIdIn(ids).stream()
                .filter(r -> (UNION_ROLES.contains(r.getRole()) || r.getRole() == Role.UNION_GROUP_HEAD)
                        && r.inForceOn(today))
                .toList();
    }

    /** How many union roles switching to "no union" would end; the page asks before it saves. */
    @Transactional(readOnly = true)
    public int unionRolesToEnd() {
        School school = mySchool();
        return school.isHasUnion() ? unionRolesInForce(school.getId()).size() : 0;
    }

    private static void validate(SchoolSettingsForm form, LocalPractice p) {
        if (p.presidiumSize() < 1 || p.presidiumSize() > 15) {
            throw new BusinessRuleException("settings.presidiumSize", 1, 15);
        }
        if (p.secretaryCount() < 1 || p.secretaryCount() > 5) {
            throw new BusinessRuleException("settings.secretaryCount", 1, 5);
        }
        if (p.boardUnionExecutives() < 0 || p.boardWithoutPost() < 0
                || p.boardSize() < BOARD_MIN || p.boardSize() > BOARD_MAX) {
            throw new BusinessRuleException("settings.boardMix", BOARD_MIN, BOARD_MAX);
        }
        if (p.boardOfficersWithinDays() < 1 || p.boardOfficersWithinDays() > 30) {
            throw new BusinessRuleException("settings.officersDays", 1, 30);
        }
        if (p.discussionSharePercent() < 0 || p.discussionSharePercent() > 100) {
            throw new BusinessRuleException("settings.discussionShare");
        }
        if (p.newsPostWithinDays() < 0 || p.newsPostWithinDays() > 30) {
            throw new BusinessRuleException("settings.newsDays", 0, 30);
        }
        if (p.dossierDaysAfterPlenary() < 0 || p.dossierDaysAfterPlenary() > 60) {
            throw new BusinessRuleException("settings.dossierDays", 0, 60);
        }
        if ((p.dossierContents() != null && p.dossierContents().length() > 2000)
                || (p.dossierFormat() != null && p.dossierFormat().length() > 500)
                || (form.getUnionSubstituteTitle() != null && form.getUnionSubstituteTitle().length() > 200)) {
            throw new BusinessRuleException("settings.tooLong");
        }
        if (form.getBoardElectedOn() != null && form.getBoardTermEndsOn() != null
                && !form.getBoardTermEndsOn().isAfter(form.getBoardElectedOn())) {
            throw new BusinessRuleException("settings.boardTermOrder");
        }
        if (form.getBoardElectedOn() == null && form.getBoardTermEndsOn() != null) {
            throw new BusinessRuleException("settings.boardElectedOnRequired");
        }
    }

    /** The school year a launch would propose today (as LaunchService.context does). */
    static int nextAssemblyStartYear(School s, LocalDate today) {
        return today.getMonthValue() > s.getWorkingYearEndsOnMonth() ? today.getYear() : today.getYear() - 1;
    }

    /** The board is elected when its term has ended by the end of that school year, or when there is none. */
    static boolean boardDue(LocalDate termEndsOn, School s, int startYear) {
        return termEndsOn == null || !termEndsOn.isAfter(LocalDate.of(startYear + 1, s.getWorkingYearEndsOnMonth(), 1));
    }

    private School mySchool() {
        AppUser user = CurrentUser.require();
        if (user.schoolId() == null || !user.hasRole(Role.ADMIN)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return schools.findById(user.schoolId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
