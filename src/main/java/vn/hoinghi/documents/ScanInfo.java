package vn.hoinghi.documents;

import java.time.LocalDateTime;

/** One uploaded version of a signed, stamped scan (without its bytes). */
public record ScanInfo(long id, long issuedDocumentId, int versionNo, String fileName, String mediaType,
                       long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {
}
