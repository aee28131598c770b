package vn.hoinghi.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {
    List<IssuedDocument> findByAssemblyId(Long assemblyId);

    Optional<IssuedDocument> findByAssemblyIdAndKindAndDepartmentRefAndWithdrawnKey(Long assemblyId,
                                                                                    DocumentKind kind,
                                                                                    long departmentRef,
                                                                                    long withdrawnKey);
}

interface SignedScanRepository extends JpaRepository<SignedScan, Long> {
    /** Every version's details without the file bytes. */
    @Query("select new vn.hoinghi.documents.ScanInfo(s.id, s.issuedDocumentId, s.versionNo, s.fileName, "
            + "s.mediaType, s.sizeBytes, s.uploadedBy, s.uploadedAt) from SignedScan s "
            + "where s.issuedDocumentId in ?1 order by s.issuedDocumentId, s.versionNo")
    List<ScanInfo> infoOf(Collection<Long> issuedDocumentIds);

    Optional<SignedScan> findFirstByIssuedDocumentIdOrderByVersionNoDesc(Long issuedDocumentId);
}

interface DocumentCounterRepository extends JpaRepository<DocumentCounter, Long> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DocumentCounter> findBySchoolIdAndIssueYear(Long schoolId, int issueYear);
}
