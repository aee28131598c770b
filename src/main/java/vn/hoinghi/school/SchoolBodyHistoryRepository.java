package vn.hoinghi.school;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolBodyHistoryRepository extends JpaRepository<SchoolBodyHistory, Long> {
    List<SchoolBodyHistory> findBySchoolIdOrderByValidFromAscIdAsc(Long schoolId);

    /** Schools saved before memberships were recorded (the demo school, databases from before V3). */
    @Query("select s from School s where not exists (select h.id from SchoolBodyHistory h where h.schoolId = s.id)")
    List<School> schoolsWithoutHistory();

    @Query("select s from School s where s.searchKey is null")
    List<School> schoolsWithoutSearchKey();
}
