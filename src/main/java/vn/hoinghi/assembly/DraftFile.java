package vn.hoinghi.assembly;

import java.time.LocalDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A DOCX uploaded as the source of a draft's text; every upload is kept. */
@Entity
public class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long draftId;
    private String fileName;
    // bytea on PostgreSQL, BINARY VARYING on H2: both are VARBINARY to Hibernate (see V5__documents.sql).
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] fileBytes;
    private String extractedText;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected DraftFile() {
    }

    DraftFile(long draftId, String fileName, byte[] fileBytes, String extractedText, String uploadedBy) {
        this.draftId = draftId;
        this.fileName = fileName;
        this.fileBytes = fileBytes.clone();
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = vn.hoinghi.shared.VietnamTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getDraftId() {
        return draftId;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] getFileBytes() {
        return fileBytes.clone();
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
