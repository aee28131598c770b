package vn.hoinghi.tasks;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification to one person; the dedupe key makes it be made once. */
@Entity
@Table(name = "person_notification")
class Notice {

    static final String SEP = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    private String taskId;
    private String link;
    private String messageKey;
    private String messageArgs;
    private boolean urgent;
    private String dedupeKey;
    private LocalDateTime createdAt;
    private LocalDateTime readAt;
    private LocalDateTime mailedAt;
    private int mailAttempts;
    private String mailError;

    protected Notice() {
        // for JPA
    }

    Notice(String recipient, NoticeKind kind, String taskId, String link, String messageKey, List<String> args,
           String dedupeKey, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.taskId = taskId;
        this.link = link;
        this.messageKey = messageKey;
        this.messageArgs = String.join(SEP, args);
        this.urgent = kind.urgent();
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    NoticeKind getKind() {
        return kind;
    }

    String getTaskId() {
        return taskId;
    }

    String getLink() {
        return link;
    }

    String getMessageKey() {
        return messageKey;
    }

    List<String> args() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEP, -1));
    }

    boolean isUrgent() {
        return urgent;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    LocalDateTime getReadAt() {
        return readAt;
    }

    void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    LocalDateTime getMailedAt() {
        return mailedAt;
    }

    int getMailAttempts() {
        return mailAttempts;
    }

    void mailed(LocalDateTime at) {
        mailedAt = at;
        mailError = null;
    }

    void mailFailed(String error) {
        mailAttempts++;
        mailError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }
}
