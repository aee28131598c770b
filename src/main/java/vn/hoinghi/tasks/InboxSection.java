package vn.hoinghi.tasks;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;

/** A panel another module adds under the inbox's task list (the assembly's notifications, for one). */
@NamedInterface("spi")
public interface InboxSection {

    /** A fresh panel for the signed-in person. */
    Component create();
}
