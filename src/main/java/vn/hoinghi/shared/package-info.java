/**
 * Small value types, the main layout, i18n and error display: used by every module, depending on none.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package vn.hoinghi.shared;

import org.springframework.modulith.ApplicationModule;
