/** The supervising body: seasons, the tracker across schools, the planned-date process, reminders, mail. */
@ApplicationModule(displayName = "Supervision", allowedDependencies = {"assembly", "documents", "school",
        "security", "shared", "tasks", "tasks :: spi", "tasks :: ui"})
package vn.hoinghi.supervision;

import org.springframework.modulith.ApplicationModule;
