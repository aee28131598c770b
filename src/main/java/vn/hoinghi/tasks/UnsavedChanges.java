package vn.hoinghi.tasks;

import org.springframework.modulith.NamedInterface;

/** A task form that knows whether what is typed differs from what was saved, so leaving the page can ask first. */
@NamedInterface("spi")
public interface UnsavedChanges {

    boolean hasUnsavedChanges();

    /** Saves what is typed as the task's draft; false when it could not (the reason was shown). */
    boolean saveDraft();
}
