package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.ProvinceRecords.BodyForm;
import vn.hoinghi.school.ProvinceRecords.BodyRow;
import vn.hoinghi.school.ProvinceRecords.SchoolCreated;
import vn.hoinghi.school.ProvinceRecords.SchoolForm;
import vn.hoinghi.school.ProvinceRecords.SchoolRow;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/** The system administrator's province: supervising bodies, the schools list, moving a school. */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class ProvinceService {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 200;
    private static final int MAX_CODE = 40;

    private final SupervisingBodyRepository bodies;
    private final SchoolRepository schools;
    private final ProvinceQueries queries;
    private final SchoolRegistry registry;
    private final ProvinceAccounts accounts;

    ProvinceService(SupervisingBodyRepository bodies, SchoolRepository schools, ProvinceQueries queries,
                    SchoolRegistry registry, ProvinceAccounts accounts) {
        this.bodies = bodies;
        this.schools = schools;
        this.queries = queries;
        this.registry = registry;
        this.accounts = accounts;
    }

    // --- bodies

    @Transactional(readOnly = true)
    public List<BodyRow> bodies() {
        List<SupervisingBody> all = bodies.findAll(Sort.by("name"));
        Map<Long, String> names = new HashMap<>();
        all.forEach(b -> names.put(b.getId(), b.getName()));
        Map<Long, Long> schoolCounts = counts(queries.schoolsPerBody());
        Map<Long, Long> officerCounts = counts(queries.officersPerBody());
        return all.stream().map(b -> new BodyRow(b.getId(), b.getCode(), b.getName(), b.getKind(), b.getParentId(),
                names.get(b.getParentId()), b.isActive(), schoolCounts.getOrDefault(b.getId(), 0L),
                officerCounts.getOrDefault(b.getId(), 0L))).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        rows.forEach(r -> m.put((Long) r[0], (Long) r[1]));
        return m;
    }

    public long createBody(BodyForm form) {
        SupervisingBody body = new SupervisingBody("", BodyKind.OTHER);
        apply(body, form);
        return bodies.save(body).getId();
    }

    public void updateBody(long bodyId, BodyForm form) {
        apply(body(bodyId), form);
    }

    private void apply(SupervisingBody body, BodyForm form) {
        String name = trim(form.name());
        if (name == null) {
            throw BusinessRuleException.onField("name", "province.body.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessRuleException.onField("name", "province.tooLong", MAX_NAME);
        }
        if (form.kind() == null) {
            throw BusinessRuleException.onField("kind", "province.body.kindRequired");
        }
        String code = trim(form.code());
        if (code != null && code.length() > MAX_CODE) {
            throw BusinessRuleException.onField("code", "province.tooLong", MAX_CODE);
        }
        for (SupervisingBody other : bodies.findAll()) {
            if (other.getId().equals(body.getId())) {
                continue;
            }
            if (Texts.searchKey(other.getName()).equals(Texts.searchKey(name))) {
                throw BusinessRuleException.onField("name", "province.body.duplicateName", other.getName());
            }
            if (code != null && other.getCode() != null && other.getCode().equalsIgnoreCase(code)) {
                throw BusinessRuleException.onField("code", "province.body.duplicateCode", code, other.getName());
            }
        }
        Long parentId = form.parentId();
        if (parentId != null) {
            // A body cannot sit under itself, directly or through the bodies under it.
            Long cursor = parentId;
            while (cursor != null) {
                if (cursor.equals(body.getId())) {
                    throw BusinessRuleException.onField("parent", "province.body.parentCycle");
                }
                cursor = body(cursor).getParentId();
            }
        }
        body.update(name, form.kind(), code, parentId);
    }

    /** Closing a body: only once it supervises no school; its officers can no longer sign in. */
    public void setBodyActive(long bodyId, boolean active) {
        SupervisingBody body = body(bodyId);
        if (!active && !schools.findBySupervisingBodyId(bodyId).isEmpty()) {
            throw new BusinessRuleException("province.body.stillHasSchools", body.getName());
        }
        body.setActive(active);
        accounts.endOfficerSessions(bodyId);
    }

    // --- schools

    @Transactional(readOnly = true)
    public List<SchoolRow> schools(Long bodyId, String search, int offset, int limit) {
        int size = Math.max(1, limit);
        return queries.schoolPage(bodyId == null, bodyId == null ? -1 : bodyId, SchoolAdminService.searchPattern(search),
                        PageRequest.of(offset / size, size, Sort.by("searchKey", "id"))).stream()
                .map(ProvinceService::row).toList();
    }

    @Transactional(readOnly = true)
    public long countSchools(Long bodyId, String search) {
        return queries.countSchools(bodyId == null, bodyId == null ? -1 : bodyId,
                SchoolAdminService.searchPattern(search));
    }

    static SchoolRow row(School s) {
        return new SchoolRow(s.getId(), s.getCode(), s.getName(), s.getLevel(), s.getSupervisingBody().getId(),
                s.getSupervisingBody().getName(), s.getAddress(), s.getPrincipalName(), s.getPrincipalEmail(),
                s.getShortCode(), s.getPlaceName());
    }

    /** A school by hand, under an open body, with its first administrator when asked for (the principal). */
    public SchoolCreated createSchool(SchoolForm form) {
        String code = trim(form.code());
        if (code == null) {
            throw BusinessRuleException.onField("code", "province.school.codeRequired");
        }
        if (code.length() > MAX_CODE) {
            throw BusinessRuleException.onField("code", "province.tooLong", MAX_CODE);
        }
        if (queries.findByCode(code).isPresent()) {
            throw BusinessRuleException.onField("code", "province.school.duplicateCode", code,
                    queries.findByCode(code).get().getName());
        }
        String name = trim(form.name());
        if (name == null) {
            throw BusinessRuleException.onField("name", "province.school.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessRuleException.onField("name", "province.tooLong", MAX_NAME);
        }
        if (form.level() == null) {
            throw BusinessRuleException.onField("level", "province.school.levelRequired");
        }
        if (form.bodyId() == null) {
            throw BusinessRuleException.onField("body", "province.school.bodyRequired");
        }
        SupervisingBody body = body(form.bodyId());
        if (!body.isActive()) {
            throw BusinessRuleException.onField("body", "province.body.inactive", body.getName());
        }
        String principal = trim(form.principalName());
        String email = trim(form.principalEmail());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw BusinessRuleException.onField("principalEmail", "province.school.badEmail", email);
        }
        if (form.createAdministrator() && principal == null) {
            throw BusinessRuleException.onField("principalName", "province.school.principalNeeded");
        }
        School school = newSchool(code, name, form.level(), body, trim(form.address()), principal, email,
                trim(form.shortCode()), trim(form.placeName()));
        IssuedAccount admin = form.createAdministrator()
                ? accounts.firstAdministrator(school.getId(), principal, email, true) : null;
        return new SchoolCreated(school.getId(), admin);
    }

    School newSchool(String code, String name, SchoolLevel level, SupervisingBody body, String address,
                     String principal, String email, String shortCode, String placeName) {
        String abbreviation = shortCode != null ? shortCode : SchoolNaming.shortCode(name, level);
        String place = placeName != null ? placeName : SchoolNaming.placeName(address, body.getName());
        School school = new School(name, abbreviation, place, body, true);
        school.describe(code, name, level, address, principal, email, abbreviation, place);
        return registry.saveSchool(school, VietnamTime.today());
    }

    /** Moves a school to another body from a day (today or earlier), keeping its history. */
    public void moveSchool(long schoolId, long toBodyId, LocalDate on) {
        registry.moveSchool(schoolId, toBodyId, on);
    }

    @Transactional(readOnly = true)
    public List<BodyMembership> memberships(long schoolId) {
        return registry.memberships(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<SchoolRow> school(long schoolId) {
        return schools.findById(schoolId).map(ProvinceService::row);
    }

    private SupervisingBody body(long bodyId) {
        return bodies.findById(bodyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    /** Roles a first administrator gets: the school administrator's, and the principal's when it is them. */
    static List<Role> firstAdministratorRoles(boolean principal) {
        return principal ? List.of(Role.ADMIN, Role.PRINCIPAL) : List.of(Role.ADMIN);
    }
}
