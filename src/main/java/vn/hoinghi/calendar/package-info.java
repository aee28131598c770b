/** Public holidays and working days. */
@ApplicationModule(displayName = "Calendar", allowedDependencies = "shared")
package vn.hoinghi.calendar;

import org.springframework.modulith.ApplicationModule;
