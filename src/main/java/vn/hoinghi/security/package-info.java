/** Roles, the signed-in person, task groups and the login page. */
@ApplicationModule(displayName = "Security", allowedDependencies = "shared")
package vn.hoinghi.security;

import org.springframework.modulith.ApplicationModule;
