package vn.hoinghi.documents;

import org.springframework.stereotype.Component;

/** What the documents add to the assembly's audit trail: signatures, withdrawals, scans. */
@Component
class DocumentAudit {

    void signed(Facts f, DocumentRef ref, String symbol, String title, String signer) {
    }

    void withdrawn(Facts f, DocumentRef ref, String symbol, String reason) {
    }

    void scanUploaded(long assemblyId, long schoolId, String symbol, int version, String fileName) {
    }
}
