package vn.hoinghi.tasks;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What was typed into a task's form and saved without completing the task; one per task. */
@Entity
class TaskDraft {

    @Id
    private String taskId;
    private String content;
    private String savedBy;
    private LocalDateTime savedAt;

    protected TaskDraft() {
    }

    TaskDraft(String taskId) {
        this.taskId = taskId;
    }

    void update(String content, String savedBy, LocalDateTime savedAt) {
        this.content = content;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    String getTaskId() {
        return taskId;
    }

    String getContent() {
        return content;
    }

    String getSavedBy() {
        return savedBy;
    }

    LocalDateTime getSavedAt() {
        return savedAt;
    }
}
