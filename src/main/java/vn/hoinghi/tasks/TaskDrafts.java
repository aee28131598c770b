package vn.hoinghi.tasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * A task's form saved half-filled, on the server, so that anyone who may open the task finds what was typed;
 * the content is the form's own encoding of its fields. Gone once the task is completed.
 */
@Service
@Transactional
public class TaskDrafts {

    /** What was saved, by whom and when (savedBy is a username). */
    public record SavedDraft(String content, String savedBy, LocalDateTime savedAt) {
    }

    /** Beyond this a form is not a draft any more but something else; the column holds a million characters. */
    static final int MAX_LENGTH = 1_000_000;

    private final TaskDraftRepository drafts;
    private final TaskAccess access;

    TaskDrafts(TaskDraftRepository drafts, TaskAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Optional<SavedDraft> find(String taskId) {
        access.visibleTask(taskId);
        return drafts.findById(taskId).map(d -> new SavedDraft(d.getContent(), d.getSavedBy(), d.getSavedAt()));
    }

    public SavedDraft save(String taskId, String content) {
        OpenTask task = access.open(taskId, null, List.of(TaskAccess.SCHOOL_ID, TaskAccess.BODY_ID));
        if (content == null || content.length() > MAX_LENGTH) {
            throw new BusinessRuleException("taskDraft.tooLong");
        }
        TaskDraft draft = drafts.findById(taskId).orElseGet(() -> new TaskDraft(taskId));
        String me = CurrentUser.require().getUsername();
        LocalDateTime now = vn.hoinghi.shared.VietnamTime.now();
        draft.update(content, me, now);
        drafts.save(draft);
        access.record(task, AuditAction.TASK_SAVED, null);
        return new SavedDraft(content, me, now);
    }

}
