package vn.hoinghi.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import vn.hoinghi.security.Role;

/**
 * A document that was signed: its number in the school's register for the year, who signed and when, and the
 * DOCX and PDF exactly as issued (later changes to the data do not change an issued document).
 */
@Entity
class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private Long schoolId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private long departmentRef;
    private int issueYear;
    private int seqNo;
    private String symbol;
    private LocalDate signedOn;
    private String signerName;
    private String signerTitle;
    /** The role the signer signed in (null for documents issued before it was recorded). */
    @Enumerated(EnumType.STRING)
    private Role capacity;
    /** The signed-in person who signed: the printed name is theirs. */
    private String recordedBy;
    private LocalDateTime recordedAt;
    /** 0 while in force; the document's own id once withdrawn, so one document per slot is in force. */
    private long withdrawnKey;
    private LocalDateTime withdrawnAt;
    private String withdrawnBy;
    private String withdrawalReason;
    // bytea on PostgreSQL, BINARY VARYING on H2: both are VARBINARY to Hibernate (see V5__documents.sql).
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] docxBytes;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] pdfBytes;
    /** The content composed at signing (DocumentCodec); the files above are written from it when first asked for. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected IssuedDocument() {
    }

    IssuedDocument(long assemblyId, long schoolId, DocumentRef ref, int issueYear, int seqNo, String symbol,
                   LocalDate signedOn, String signerName, String signerTitle, Role capacity, String recordedBy) {
        this.assemblyId = assemblyId;
        this.schoolId = schoolId;
        this.kind = ref.kind();
        this.departmentRef = ref.departmentId();
        this.issueYear = issueYear;
        this.seqNo = seqNo;
        this.symbol = symbol;
        this.signedOn = signedOn;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.capacity = capacity;
        this.recordedBy = recordedBy;
        this.recordedAt = vn.hoinghi.shared.VietnamTime.now();
    }

    Long getId() {
        return id;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getAssemblyId() {
        return assemblyId;
    }

    DocumentRef ref() {
        return new DocumentRef(kind, departmentRef);
    }

    int getIssueYear() {
        return issueYear;
    }

    int getSeqNo() {
        return seqNo;
    }

    String getSymbol() {
        return symbol;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    String getSignerName() {
        return signerName;
    }

    String getSignerTitle() {
        return signerTitle;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Role getCapacity() {
        return capacity;
    }

    LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    boolean isWithdrawn() {
        return withdrawnKey != 0;
    }

    LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawnBy() {
        return withdrawnBy;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }

    /** Withdrawn with a reason: the number stays in the register as void and is never given again. */
    void withdraw(String by, String reason) {
        this.withdrawnKey = id;
        this.withdrawnAt = vn.hoinghi.shared.VietnamTime.now();
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    byte[] getDocxBytes() {
        return docxBytes;
    }

    byte[] getPdfBytes() {
        return pdfBytes;
    }

    byte[] getContent() {
        return content;
    }

    void setContent(byte[] content) {
        this.content = content;
    }
}
