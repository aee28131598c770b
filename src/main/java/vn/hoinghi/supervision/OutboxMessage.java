package vn.hoinghi.supervision;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One e-mail to one person; stored with the notification it comes from, delivered after the commit. */
@Entity
class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private Long supervisingBodyId;
    private Long assemblyId;
    private String recipientName;
    private String recipientEmail;
    private String subject;
    private String messageBody;
    private String dedupeKey;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(Long schoolId, Long supervisingBodyId, Long assemblyId, String recipientName, String recipientEmail,
                  String subject, String messageBody, String dedupeKey, LocalDateTime createdAt) {
        this.schoolId = schoolId;
        this.supervisingBodyId = supervisingBodyId;
        this.assemblyId = assemblyId;
        this.recipientName = recipientName;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.messageBody = messageBody;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
        this.status = OutboxStatus.PENDING;
    }

    Long getId() {
        return id;
    }

    String getRecipientName() {
        return recipientName;
    }

    String getRecipientEmail() {
        return recipientEmail;
    }

    String getSubject() {
        return subject;
    }

    String getMessageBody() {
        return messageBody;
    }

    OutboxStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    void delivered(OutboxStatus result, LocalDateTime at) {
        this.status = result;
        this.sentAt = at;
        this.lastError = null;
    }

    void failed(String error) {
        this.status = OutboxStatus.FAILED;
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }
}
