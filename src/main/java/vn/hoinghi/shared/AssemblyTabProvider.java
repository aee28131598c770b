package vn.hoinghi.shared;

import com.vaadin.flow.component.Component;

/**
 * A tab that another feature adds to the assembly page, so the assembly module does not depend on it.
 * Implementations are Spring beans; the page asks each for a fresh component.
 */
public interface AssemblyTabProvider {

    /** The message key of the tab's label. */
    String tabLabelKey();

    Component create(long assemblyId);
}
