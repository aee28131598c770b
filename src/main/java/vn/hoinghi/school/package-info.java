/**
 * Schools, supervising bodies, staff, departments, role holders and accounts; other modules get records
 * ({@code StaffInfo}, {@code SchoolInfo}, {@code DepartmentInfo}) from {@code SchoolDirectory}.
 */
@ApplicationModule(displayName = "School", allowedDependencies = {"security", "shared"})
package vn.hoinghi.school;

import org.springframework.modulith.ApplicationModule;
