package vn.hoinghi.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.FollowedTasks.Followed;

/**
 * Files attached to a task: office files, PDFs and images, checked by content, within a size limit that is
 * enforced while the upload is read (the rest of a too-big body is never read into memory).
 */
@Service
@Transactional
public class TaskAttachments {

    public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
                                 LocalDateTime uploadedAt) {
    }

    public record FileContent(String fileName, String mediaType, byte[] bytes) {
    }

    private final TaskAttachmentRepository attachments;
    private final FollowedTasks followed;
    private final long maxBytes;

    TaskAttachments(TaskAttachmentRepository attachments, FollowedTasks followed,
                    @Value("${hoinghi.attachments.max-bytes:10485760}") long maxBytes) {
        this.attachments = attachments;
        this.followed = followed;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> onTask(String taskId) {
        followed.follow(taskId);
        return attachments.listOf(taskId);
    }

    /**
     * Reads at most the limit (and one byte more, to know it was passed) and attaches the file to the task.
     *
     * @param declaredSize the size the browser announced, or -1: a file announced too big is refused unread
     */
    public AttachmentView attach(String taskId, String fileName, long declaredSize, InputStream in) {
        Followed f = followed.follow(taskId);
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (declaredSize > maxBytes) {
            throw tooLarge(name);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw BusinessRuleException.onField("file", "attachment.unreadable", name);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name);
        }
        String type = FileCheck.mediaType(name, bytes);
        AppUser me = CurrentUser.require();
        TaskAttachment a = attachments.save(new TaskAttachment(taskId, f.task().processInstanceId(), f.schoolId(),
                f.bodyId(), name, type, bytes, me.getUsername(), me.fullName(), VietnamTime.now()));
        return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(),
                a.getUploadedByName(), a.getUploadedAt());
    }

    /** A file, for someone who may open its task. */
    @Transactional(readOnly = true)
    public FileContent content(long id) {
        TaskAttachment a = attachments.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        followed.follow(a.getTaskId());
        return new FileContent(a.getFileName(), a.getMediaType(), a.getContent());
    }

    private BusinessRuleException tooLarge(String name) {
        return BusinessRuleException.onField("file", "attachment.tooLarge", name, maxBytes / (1024 * 1024));
    }
}
