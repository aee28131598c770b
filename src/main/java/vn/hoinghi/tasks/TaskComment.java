package vn.hoinghi.tasks;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One comment, on a task or (without a task) on the process itself. */
@Entity
@Table(name = "task_comment")
class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String taskId;
    private String taskName;
    private String processInstanceId;
    private Long schoolId;
    private Long bodyId;
    private String author;
    private String authorName;
    @Column(name = "body")
    private String text;
    private LocalDateTime createdAt;

    protected TaskComment() {
        // for JPA
    }

    TaskComment(String taskId, String taskName, String processInstanceId, Long schoolId, Long bodyId, String author,
                String authorName, String text, LocalDateTime createdAt) {
        this.taskId = taskId;
        this.taskName = taskName;
        this.processInstanceId = processInstanceId;
        this.schoolId = schoolId;
        this.bodyId = bodyId;
        this.author = author;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getTaskId() {
        return taskId;
    }

    String getTaskName() {
        return taskName;
    }

    String getAuthor() {
        return author;
    }

    String getAuthorName() {
        return authorName;
    }

    String getText() {
        return text;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
