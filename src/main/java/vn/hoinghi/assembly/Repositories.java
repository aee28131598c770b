package vn.hoinghi.assembly;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssemblyRepository extends JpaRepository<Assembly, Long> {
    boolean existsBySchoolIdAndRegularYear(Long schoolId, String regularYear);

    Page<Assembly> findBySchoolIdIn(Collection<Long> schoolIds, Pageable pageable);

    long countBySchoolIdIn(Collection<Long> schoolIds);

    Optional<Assembly> findByProcessInstanceId(String processInstanceId);

    List<Assembly> findBySchoolIdOrderByIdDesc(Long schoolId);
}

interface MeetingRepository extends JpaRepository<Meeting, Long> {
    List<Meeting> findByAssemblyIdOrderById(Long assemblyId);

    Optional<Meeting> findByAssemblyIdAndKindAndDepartmentId(Long assemblyId, MeetingKind kind, Long departmentId);

    List<Meeting> findByAssemblyIdAndKindOrderById(Long assemblyId, MeetingKind kind);
}

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    /** Who was present at each of the assembly's meetings, as (meeting id, staff id) pairs. */
    @org.springframework.data.jpa.repository.Query("""
            select a.meetingId, a.staffId from Attendance a
            where a.present = true and a.meetingId in (select m.id from Meeting m where m.assemblyId = :assemblyId)""")
    List<Object[]> presentByAssembly(@org.springframework.data.repository.query.Param("assemblyId") Long assemblyId);
}

interface DraftRepository extends JpaRepository<Draft, Long> {
    List<Draft> findByAssemblyIdOrderById(Long assemblyId);
}

interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {
    List<DraftVersion> findByDraftIdOrderByVersionNoDesc(Long draftId);
}

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {
    List<FeedbackItem> findByAssemblyIdAndConsolidatedOrderByPosition(Long assemblyId, boolean consolidated);

    List<FeedbackItem> findByAssemblyIdAndDepartmentIdAndConsolidatedFalseOrderByPosition(Long assemblyId, Long departmentId);

    void deleteByAssemblyIdAndDepartmentIdAndConsolidatedFalse(Long assemblyId, Long departmentId);

    void deleteByAssemblyIdAndConsolidatedTrue(Long assemblyId);
}

interface TargetRepository extends JpaRepository<Target, Long> {
    List<Target> findByAssemblyIdOrderById(Long assemblyId);

    void deleteByAssemblyIdAndDepartmentId(Long assemblyId, Long departmentId);
}

interface EmulationRegistrationRepository extends JpaRepository<EmulationRegistration, Long> {
    List<EmulationRegistration> findByAssemblyIdOrderById(Long assemblyId);

    void deleteByAssemblyIdAndDepartmentId(Long assemblyId, Long departmentId);
}

interface VoteRepository extends JpaRepository<Vote, Long> {
    List<Vote> findByAssemblyIdOrderById(Long assemblyId);
}

interface PlenaryRecordRepository extends JpaRepository<PlenaryRecord, Long> {
    Optional<PlenaryRecord> findByAssemblyId(Long assemblyId);
}

interface DiscussionEntryRepository extends JpaRepository<DiscussionEntry, Long> {
    List<DiscussionEntry> findByAssemblyIdOrderByPosition(Long assemblyId);
}

interface BoardCandidateRepository extends JpaRepository<BoardCandidate, Long> {
    List<BoardCandidate> findByAssemblyIdOrderById(Long assemblyId);

    void deleteByAssemblyId(Long assemblyId);
}

interface ElectionRoundRepository extends JpaRepository<ElectionRound, Long> {
    List<ElectionRound> findByAssemblyIdOrderByRound(Long assemblyId);
}

interface ElectionRoundVoteRepository extends JpaRepository<ElectionRoundVote, Long> {
    List<ElectionRoundVote> findByRoundIdInOrderById(Collection<Long> roundIds);
}

interface BoardElectionRepository extends JpaRepository<BoardElection, Long> {
    Optional<BoardElection> findByAssemblyId(Long assemblyId);
}

interface DossierRepository extends JpaRepository<Dossier, Long> {
    Optional<Dossier> findByAssemblyId(Long assemblyId);
}

interface SixMonthReviewRepository extends JpaRepository<SixMonthReview, Long> {
    /** Every review of the assembly, the first first. */
    List<SixMonthReview> findByAssemblyIdOrderByReviewedOnAscIdAsc(Long assemblyId);

    long countByAssemblyId(Long assemblyId);

    /** The latest review of the assembly. */
    Optional<SixMonthReview> findFirstByAssemblyIdOrderByReviewedOnDescIdDesc(Long assemblyId);
}

interface NotificationRepository extends JpaRepository<Notification, Long> {
    boolean existsByDedupeKey(String dedupeKey);

    List<Notification> findTop20BySchoolIdAndRecipientRoleInOrderByCreatedAtDesc(Long schoolId, Collection<String> roles);

    List<Notification> findTop20BySupervisingBodyIdOrderByCreatedAtDesc(Long bodyId);
}

interface AssemblyDepartmentRepository extends JpaRepository<AssemblyDepartment, Long> {
    List<AssemblyDepartment> findByAssemblyIdOrderById(Long assemblyId);

    Optional<AssemblyDepartment> findByAssemblyIdAndDepartmentId(Long assemblyId, Long departmentId);
}

interface DraftFileRepository extends JpaRepository<DraftFile, Long> {
    List<DraftFile> findByDraftIdOrderByIdDesc(Long draftId);
}
