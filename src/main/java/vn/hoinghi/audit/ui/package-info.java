/** The record's lines as a component, for the pages of other modules. */
@org.springframework.modulith.NamedInterface("ui")
package vn.hoinghi.audit.ui;
