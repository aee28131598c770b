package vn.hoinghi.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskCommentRepository extends JpaRepository<TaskComment, Long> {

    List<TaskComment> findByTaskIdOrderByCreatedAtAscIdAsc(String taskId);

    List<TaskComment> findByProcessInstanceIdAndTaskIdIsNullOrderByCreatedAtAscIdAsc(String processInstanceId);
}
