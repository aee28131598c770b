/** The audit trail as a list of lines that reads on a phone, for any module's page. */
@NamedInterface("ui")
package vn.hoinghi.audit.ui;

import org.springframework.modulith.NamedInterface;
