package vn.hoinghi.documents;

import java.time.LocalDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One uploaded version of the signed and stamped scan of an issued document; every version is kept. */
@Entity
class SignedScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long issuedDocumentId;
    private int versionNo;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] fileBytes;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected SignedScan() {
    }

    SignedScan(long issuedDocumentId, int versionNo, String fileName, String mediaType, byte[] bytes,
               String uploadedBy) {
        this.issuedDocumentId = issuedDocumentId;
        this.versionNo = versionNo;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = bytes.length;
        this.fileBytes = bytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = vn.hoinghi.shared.VietnamTime.now();
    }

    Long getId() {
        return id;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getFileBytes() {
        return fileBytes;
    }

    Long getIssuedDocumentId() {
        return issuedDocumentId;
    }
}
