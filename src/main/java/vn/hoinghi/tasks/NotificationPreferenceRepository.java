package vn.hoinghi.tasks;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, String> {
}
