package vn.hoinghi.tasks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's choice about notification e-mail; no row means e-mail is on. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    private String username;
    private boolean emailEnabled;

    protected NotificationPreference() {
        // for JPA
    }

    NotificationPreference(String username, boolean emailEnabled) {
        this.username = username;
        this.emailEnabled = emailEnabled;
    }

    boolean isEmailEnabled() {
        return emailEnabled;
    }

    void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }
}
