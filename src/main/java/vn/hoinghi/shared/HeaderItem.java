package vn.hoinghi.shared;

import com.vaadin.flow.component.Component;

/** Something another feature puts in the header (the notification bell), so the layout depends on none of them. */
public interface HeaderItem {

    /** A fresh component for the signed-in person; null to show nothing (someone it does not concern). */
    Component create();
}
