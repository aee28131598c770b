/**
 * The record of what happened: every task completed, claimed, released, reassigned or saved, every document signed
 * or withdrawn, every dossier decision and every change of dates or settings, with who did it and when (the
 * server's facts). Other modules write through {@code AuditTrail} and read {@code AuditEntry} records.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"school", "security", "shared"})
package vn.hoinghi.audit;

import org.springframework.modulith.ApplicationModule;
