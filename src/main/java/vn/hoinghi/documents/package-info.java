/** Official documents of an assembly: composing, numbering, rendering, signed scans, the dossier. */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"assembly", "assembly :: extras", "audit", "audit :: ui", "school",
        "security", "shared"})
package vn.hoinghi.documents;

import org.springframework.modulith.ApplicationModule;
