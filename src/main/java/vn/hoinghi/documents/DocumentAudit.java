package vn.hoinghi.documents;

import org.springframework.stereotype.Component;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;

/** What the documents add to the assembly's audit trail: signatures, withdrawals, scans (who and when: the server's). */
@Component
class DocumentAudit {

    private final AuditTrail trail;
    private final Words words;

    DocumentAudit(AuditTrail trail, Words words) {
        this.trail = trail;
        this.words = words;
    }

    void signed(Facts f, DocumentRef ref, String symbol, String title, String signer) {
        trail.record(subject(f), AuditAction.DOCUMENT_SIGNED,
                words.t("audit.detail.signed", name(ref), symbol, signer, title));
    }

    void withdrawn(Facts f, DocumentRef ref, String symbol, String reason) {
        trail.record(subject(f), AuditAction.DOCUMENT_WITHDRAWN,
                words.t("audit.detail.withdrawn", name(ref), symbol, reason));
    }

    /** By ids: an upload needs none of the document's facts, which cost more than the upload itself. */
    void scanUploaded(long assemblyId, long schoolId, String processInstanceId, String symbol, int version,
                      String fileName) {
        trail.record(AuditSubject.assembly(assemblyId, schoolId, processInstanceId), AuditAction.SCAN_UPLOADED,
                words.t("audit.detail.scan", symbol, version, fileName));
    }

    private String name(DocumentRef ref) {
        return words.t(ref.kind().messageKey());
    }

    private static AuditSubject subject(Facts f) {
        return AuditSubject.assembly(f.assembly().id(), f.assembly().schoolId(),
                f.assembly().processInstanceId());
    }
}
