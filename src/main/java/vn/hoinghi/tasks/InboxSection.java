package vn.hoinghi.tasks;

import com.vaadin.flow.component.Component;

/** A panel another module adds under the inbox's task list (the assembly's notifications, for one). */
public interface InboxSection {

    /** A fresh panel for the signed-in person. */
    Component create();
}
