package vn.hoinghi.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SavedTaskFilterRepository extends JpaRepository<SavedTaskFilter, Long> {

    @Query("select f from SavedTaskFilter f where f.owner = :owner"
            + " or (f.shared = true and f.schoolId is not null and f.schoolId = :schoolId)"
            + " or (f.shared = true and f.schoolId is null and f.bodyId is not null and f.bodyId = :bodyId)")
    List<SavedTaskFilter> visible(@Param("owner") String owner, @Param("schoolId") Long schoolId,
                                  @Param("bodyId") Long bodyId);

    java.util.Optional<SavedTaskFilter> findByOwnerAndName(String owner, String name);
}
