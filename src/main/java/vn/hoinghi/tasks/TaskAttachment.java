package vn.hoinghi.tasks;

import java.time.LocalDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a task. */
@Entity
@Table(name = "task_attachment")
class TaskAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String taskId;
    private String processInstanceId;
    private Long schoolId;
    private Long bodyId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;
    private String uploadedBy;
    private String uploadedByName;
    private LocalDateTime uploadedAt;

    protected TaskAttachment() {
        // for JPA
    }

    TaskAttachment(String taskId, String processInstanceId, Long schoolId, Long bodyId, String fileName,
                   String mediaType, byte[] content, String uploadedBy, String uploadedByName,
                   LocalDateTime uploadedAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.schoolId = schoolId;
        this.bodyId = bodyId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    String getTaskId() {
        return taskId;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }

    String getUploadedByName() {
        return uploadedByName;
    }

    LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
