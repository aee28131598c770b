package vn.hoinghi.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface ConferenceRepository extends JpaRepository<Conference, Long> {
    List<Conference> findBySupervisingBodyIdOrderBySchoolYearDesc(Long bodyId);

    Optional<Conference> findBySupervisingBodyIdAndSchoolYear(Long bodyId, String schoolYear);
}

interface AssignmentRepository extends JpaRepository<Assignment, Long> {
    List<Assignment> findByConferenceIdOrderByPosition(Long conferenceId);

    @Modifying
    @Query("delete from Assignment a where a.conferenceId = :id")
    void deleteByConference(@Param("id") Long conferenceId);
}

interface BridgePointRepository extends JpaRepository<BridgePoint, Long> {
    List<BridgePoint> findByConferenceIdOrderByPosition(Long conferenceId);

    @Modifying
    @Query("delete from BridgePoint b where b.conferenceId = :id")
    void deleteByConference(@Param("id") Long conferenceId);
}

interface SchoolNominatingRepository extends JpaRepository<SchoolNominating, Long> {
    Optional<SchoolNominating> findByConferenceIdAndSchoolId(Long conferenceId, Long schoolId);

    List<SchoolNominating> findByConferenceId(Long conferenceId);

    List<SchoolNominating> findBySchoolId(Long schoolId);
}

interface NominationRepository extends JpaRepository<Nomination, Long> {
    List<Nomination> findByConferenceIdOrderByBatchPositionAscIdAsc(Long conferenceId);

    List<Nomination> findByConferenceIdAndSchoolIdOrderByIdAsc(Long conferenceId, Long schoolId);
}

interface DelegateRepository extends JpaRepository<Delegate, Long> {
    List<Delegate> findByConferenceIdOrderByCategoryPositionAscIdAsc(Long conferenceId);

    List<Delegate> findByConferenceIdAndSchoolIdOrderByCategoryPositionAscIdAsc(Long conferenceId, Long schoolId);

    long countByConferenceIdAndCategoryPosition(Long conferenceId, int categoryPosition);

    long countByConferenceIdAndSchoolIdAndCategoryPosition(Long conferenceId, Long schoolId, int categoryPosition);
}

interface BodyRegisterRepository extends JpaRepository<BodyRegister, Long> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<BodyRegister> findBySupervisingBodyIdAndIssueYear(Long bodyId, int issueYear);
}

interface ConferenceDocumentRepository extends JpaRepository<ConferenceDocument, Long> {
    List<ConferenceDocument> findByConferenceIdOrderBySeqNo(Long conferenceId);

    Optional<ConferenceDocument> findByConferenceIdAndKindAndPart(Long conferenceId, ConferenceDocKind kind, int part);
}
