package vn.hoinghi.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskAttachmentRepository extends JpaRepository<TaskAttachment, Long> {

    /** The list without the files' contents. */
    @Query("select new vn.hoinghi.tasks.TaskAttachments$AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes,"
            + " a.uploadedByName, a.uploadedAt) from TaskAttachment a where a.taskId = :taskId order by a.uploadedAt, a.id")
    List<TaskAttachments.AttachmentView> listOf(@Param("taskId") String taskId);
}
