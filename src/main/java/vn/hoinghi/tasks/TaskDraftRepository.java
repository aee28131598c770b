package vn.hoinghi.tasks;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDraftRepository extends JpaRepository<TaskDraft, String> {
}
