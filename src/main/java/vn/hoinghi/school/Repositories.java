package vn.hoinghi.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

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

    Optional<Staff> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsBySchoolIdAndCode(Long schoolId, String code);

    long countBySchoolIdAndActiveTrue(Long schoolId);
}

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {
    List<RoleAssignment> findByStaffId(Long staffId);

    List<RoleAssignment> findByStaffIdIn(List<Long> staffIds);
}

interface SupervisorAccountRepository extends JpaRepository<SupervisorAccount, Long> {
    Optional<SupervisorAccount> findByUsername(String username);
}
