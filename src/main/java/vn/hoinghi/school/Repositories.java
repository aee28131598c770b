package vn.hoinghi.school;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface SupervisingBodyRepository extends JpaRepository<SupervisingBody, Long> {
}

interface SchoolRepository extends JpaRepository<School, Long> {
    List<School> findBySupervisingBodyId(Long bodyId);
}

interface DepartmentRepository extends JpaRepository<Department, Long> {
    List<Department> findBySchoolIdOrderByName(Long schoolId);

    boolean existsBySchoolIdAndNameIgnoreCase(Long schoolId, String name);
}

interface StaffRepository extends JpaRepository<Staff, Long> {
    List<Staff> findBySchoolId(Long schoolId);

    /** For lookups only: read-only entities are not dirty-checked at every flush of a longer transaction. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select s from Staff s where s.schoolId = :schoolId")
    List<Staff> readBySchoolId(@Param("schoolId") Long schoolId);

    /** Active people of the school holding the role on the day (for lookups only). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("""
            select s from Staff s where s.schoolId = :schoolId and s.active = true and exists (
              select 1 from RoleAssignment r where r.staffId = s.id and r.role = :role and r.validFrom <= :day
              and (r.validTo is null or r.validTo >= :day))""")
    List<Staff> holdersOf(@Param("schoolId") Long schoolId, @Param("role") vn.hoinghi.security.Role role,
                          @Param("day") java.time.LocalDate day);

    @Query("select s.username, s.fullName from Staff s where s.username in :usernames")
    List<Object[]> namesByUsername(@Param("usernames") java.util.Collection<String> usernames);

    @org.springframework.data.jpa.repository.Query(
            "select s.id from Staff s where s.schoolId = :schoolId and s.active = true")
    List<Long> activeIds(Long schoolId);

    @org.springframework.data.jpa.repository.Query(
            "select s.id from Staff s where s.schoolId = :schoolId and s.departmentId = :departmentId and s.active = true")
    List<Long> activeIdsInDepartment(Long schoolId, Long departmentId);

    @org.springframework.data.jpa.repository.Query(
            "select s.departmentId, count(s) from Staff s where s.schoolId = :schoolId and s.active = true "
                    + "and s.departmentId is not null group by s.departmentId")
    List<Object[]> activeCountsByDepartment(Long schoolId);

    @org.springframework.data.jpa.repository.Query("select s.id, s.fullName from Staff s where s.id in :ids")
    List<Object[]> names(java.util.Collection<Long> ids);

    Optional<Staff> findByUsername(String username);

    /** The account row locked while a failed sign-in is counted, so parallel tries are all counted. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.username = :username")
    Optional<Staff> lockByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    boolean existsBySchoolIdAndCode(Long schoolId, String code);

    long countBySchoolIdAndActiveTrue(Long schoolId);

    @Query("""
            select s from Staff s where s.schoolId = :schoolId and (:includeLeft = true or s.active = true)
            and s.searchKey like :pattern escape '!'""")
    List<Staff> findPage(@Param("schoolId") Long schoolId, @Param("includeLeft") boolean includeLeft,
                         @Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(s) from Staff s where s.schoolId = :schoolId and (:includeLeft = true or s.active = true)
            and s.searchKey like :pattern escape '!'""")
    long countPage(@Param("schoolId") Long schoolId, @Param("includeLeft") boolean includeLeft,
                   @Param("pattern") String pattern);

    @Query("select s.username from Staff s")
    List<String> allUsernames();

    List<Staff> findBySearchKeyIsNull();
}

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {
    List<RoleAssignment> findByStaffId(Long staffId);

    List<RoleAssignment> findByStaffIdIn(List<Long> staffIds);

    @Query("select r from RoleAssignment r where r.staffId in (select s.id from Staff s where s.schoolId = :schoolId)")
    List<RoleAssignment> findBySchool(@Param("schoolId") Long schoolId);

    /** For lookups only, like {@link StaffRepository#readBySchoolId}. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select r from RoleAssignment r where r.staffId in (select s.id from Staff s where s.schoolId = :schoolId)")
    List<RoleAssignment> readBySchool(@Param("schoolId") Long schoolId);
}

interface BodyUnitRepository extends JpaRepository<BodyUnit, Long> {
    List<BodyUnit> findBySupervisingBodyIdOrderByPositionAscIdAsc(long supervisingBodyId);

    boolean existsBySupervisingBodyIdAndNameIgnoreCase(long supervisingBodyId, String name);
}

interface SupervisorAccountRepository extends JpaRepository<SupervisorAccount, Long> {
    Optional<SupervisorAccount> findByUsername(String username);

    @Query("select o.username from SupervisorAccount o where o.supervisingBodyId = :bodyId")
    List<String> usernamesOfBody(@Param("bodyId") Long bodyId);
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SupervisorAccount o where o.username = :username")
    Optional<SupervisorAccount> lockByUsername(@Param("username") String username);

    @Query("select o.username, o.fullName from SupervisorAccount o where o.username in :usernames")
    List<Object[]> namesByUsername(@Param("usernames") java.util.Collection<String> usernames);

    @Query("select o.username from SupervisorAccount o")
    List<String> allUsernames();
}

interface SchoolSettingRepository extends JpaRepository<SchoolSetting, Long> {
}

interface SystemAdminRepository extends JpaRepository<SystemAdmin, Long> {
    Optional<SystemAdmin> findByUsername(String username);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SystemAdmin a where a.username = :username")
    Optional<SystemAdmin> lockByUsername(@Param("username") String username);

    @Query("select a.username from SystemAdmin a")
    List<String> allUsernames();
}

interface ProvinceQueries extends JpaRepository<School, Long> {
    Optional<School> findByCode(String code);

    @Query("""
            select s from School s join fetch s.supervisingBody b
            where (:allBodies = true or b.id = :bodyId)
            and (s.searchKey like :pattern escape '!' or lower(s.code) like :pattern escape '!')""")
    List<School> schoolPage(@Param("allBodies") boolean allBodies, @Param("bodyId") long bodyId,
                            @Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(s) from School s
            where (:allBodies = true or s.supervisingBody.id = :bodyId)
            and (s.searchKey like :pattern escape '!' or lower(s.code) like :pattern escape '!')""")
    long countSchools(@Param("allBodies") boolean allBodies, @Param("bodyId") long bodyId,
                      @Param("pattern") String pattern);

    @Query("select s.supervisingBody.id, count(s) from School s group by s.supervisingBody.id")
    List<Object[]> schoolsPerBody();

    @Query("select o.supervisingBodyId, count(o) from SupervisorAccount o where o.active = true group by o.supervisingBodyId")
    List<Object[]> officersPerBody();

    @Query("select o from SupervisorAccount o where o.supervisingBodyId = :bodyId order by o.fullName, o.id")
    List<SupervisorAccount> officersOf(@Param("bodyId") long bodyId);

    /** The school administrators (role ADMIN in force on the day) of the schools under a body today. */
    @Query("""
            select p, s from Staff p, School s where p.schoolId = s.id and s.supervisingBody.id = :bodyId
            and exists (select 1 from RoleAssignment r where r.staffId = p.id and r.role = vn.hoinghi.security.Role.ADMIN
              and r.validFrom <= :day and (r.validTo is null or r.validTo >= :day))
            order by s.name, p.fullName""")
    List<Object[]> schoolAdministrators(@Param("bodyId") long bodyId, @Param("day") java.time.LocalDate day);
}
