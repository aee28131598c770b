/**
 * The staff assembly: its data, the law's rules, its services and process (workflow/), and its pages and task
 * forms (ui/). Other modules use the services, the records they return ({@code AssemblyQueries.Overview} with
 * {@code AssemblyInfo}, {@code PlenaryInfo}, {@code VoteInfo}…; never the entities) and {@code AssemblyStep};
 * the demo data walks an assembly through {@code AssemblyDemoWalk}.
 */
@ApplicationModule(displayName = "Assembly", allowedDependencies = {"audit", "calendar", "school", "security",
        "shared", "tasks", "tasks :: spi", "tasks :: ui"})
package vn.hoinghi.assembly;

import org.springframework.modulith.ApplicationModule;
