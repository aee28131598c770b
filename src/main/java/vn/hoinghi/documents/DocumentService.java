package vn.hoinghi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.AssemblyFacts;
import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyQueries.Overview;
import vn.hoinghi.assembly.DossierCompleteness;
import vn.hoinghi.assembly.DossierStatus;
import vn.hoinghi.assembly.ResolutionSigning;
import vn.hoinghi.assembly.MeetingRecords;
import vn.hoinghi.documents.Composer.Issue;
import vn.hoinghi.documents.Composer.Slot;
import vn.hoinghi.documents.render.DocumentCodec;
import vn.hoinghi.documents.render.DocxRenderer;
import vn.hoinghi.documents.render.Labels;
import vn.hoinghi.documents.render.OfficialDocument;
import vn.hoinghi.documents.render.PdfRenderer;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/**
 * The official documents of an assembly: each written from the assembly's data as an editable DOCX and a
 * printable PDF; signing gives the next number of the school's register and freezes the issued files; the
 * signed, stamped scans are kept in every version; the dossier for the supervising body is built from them.
 */
@Service
@Transactional
public class DocumentService implements DossierCompleteness, ResolutionSigning {

    /** Who may sign documents and upload their scans: the school's leaders, the union chair, the secretary. */
    static final Role[] OFFICERS = {Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.UNION_CHAIR, Role.SECRETARY};

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    /** File names stay ASCII ("bản có dấu", "dự thảo") so every system and mail client keeps them intact. */
    static final String STAMPED_SUFFIX = "-ban-co-dau";
    static final String DRAFT_SUFFIX = "-du-thao";

    /**
     * Where a document stands; waitingKey (a message key) says what it waits for while it is not available;
     * myCapacities: the roles in which the signed-in person may sign it (empty: they may not); withdrawn: earlier
     * issues of it, void, newest last.
     */
    public record DocumentRow(DocumentRef ref, String departmentName, boolean available, String waitingKey,
                              LocalDate naturalDate, String signerTitle, String defaultSigner, IssuedInfo issued,
                              List<ScanInfo> scans, boolean dossierPiece, boolean onBehalfAllowed,
                              List<Role> myCapacities,
                              List<IssuedInfo> withdrawn) {
        public boolean signed() {
            return issued != null;
        }
    }

    /**
     * The number, symbol and signature of an issued document: who signed (the signed-in person, recordedBy),
     * in which role, the date on the document and when it was recorded; for a withdrawn one, when, by whom, why.
     */
    public record IssuedInfo(int number, int year, String symbol, LocalDate signedOn, String signerName,
                             String signerTitle, Role capacity, String recordedBy, LocalDateTime recordedAt,
                             LocalDateTime withdrawnAt, String withdrawnBy, String withdrawalReason) {
    }

    public record FileContent(String fileName, String mediaType, byte[] bytes) {
    }

    /** The role the signed-in person signs in, and the date written on the document (the day it was signed). */
    public record SignInput(Role capacity, LocalDate signedOn) {
    }

    /** The longest reason for withdrawing a document (the column's size). */
    public static final int MAX_REASON = 500;

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final AssemblyQueries queries;
    private final MeetingRecords meetingRecords;
    private final SchoolDirectory directory;
    private final AssemblyFacts assemblyFacts;
    private final IssuedDocumentRepository issued;
    private final SignedScanRepository scans;
    private final DocumentNumbering numbering;
    private final Composer composer;
    private final Words words;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final long maxScanBytes;
    private final DocumentAudit audit;
    private final IssuedFiles files;

    DocumentService(AssemblyQueries queries, AssemblyFacts assemblyFacts, MeetingRecords meetingRecords, SchoolDirectory directory,
                    IssuedDocumentRepository issued, SignedScanRepository scans, DocumentNumbering numbering,
                    Composer composer, Words words, DocumentAudit audit, IssuedFiles files,
                    @Value("${hoinghi.documents.max-scan-mb:10}") int maxScanMb) {
        this.audit = audit;
        this.files = files;
        this.queries = queries;
        this.assemblyFacts = assemblyFacts;
        this.meetingRecords = meetingRecords;
        this.directory = directory;
        this.issued = issued;
        this.scans = scans;
        this.numbering = numbering;
        this.composer = composer;
        this.words = words;
        Labels labels = new Labels(words.t("doc.nation"), words.t("doc.motto"), words.t("doc.recipients"),
                words.t("doc.letterPrefix"));
        this.pdf = new PdfRenderer(labels);
        this.docx = new DocxRenderer(labels);
        this.maxScanBytes = maxScanMb * 1024L * 1024L;
    }

    /** The largest scan accepted, in bytes. */
    public long maxScanBytes() {
        return maxScanBytes;
    }

    /** Every document of the assembly, available or not yet; the school's staff and its supervisor may look. */
    @Transactional(readOnly = true)
    public List<DocumentRow> documents(long assemblyId) {
        Facts f = facts(assemblyId);
        Map<Long, List<ScanInfo>> scanInfo = scanInfo(f);
        AppUser user = CurrentUser.require();
        List<IssuedDocument> withdrawn = issued.findByAssemblyId(assemblyId).stream()
                .filter(IssuedDocument::isWithdrawn).sorted(java.util.Comparator.comparing(IssuedDocument::getId))
                .toList();
        Map<String, String> names = directory.displayNames(withdrawn.stream().map(IssuedDocument::getWithdrawnBy)
                .toList());
        return composer.slots(f).stream().map(s -> row(f, s, scanInfo, user, withdrawn, names)).toList();
    }

    /** Whether the signed-in person may sign documents of this assembly and upload their scans. */
    @Transactional(readOnly = true)
    public boolean mayManage(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        AppUser user = CurrentUser.require();
        return user.worksAt(o.assembly().schoolId()) && user.hasAnyRole(OFFICERS);
    }

    /** The editable copy: as issued once signed, otherwise written now from the data (with a blank number). */
    @Transactional(readOnly = true)
    public FileContent docx(long assemblyId, DocumentRef ref) {
        return file(assemblyId, ref, "docx", DOCX, IssuedFiles.Format.DOCX, docx::render);
    }

    /** The printable copy, the same way as the DOCX. */
    @Transactional(readOnly = true)
    public FileContent pdf(long assemblyId, DocumentRef ref) {
        return file(assemblyId, ref, "pdf", PDF, IssuedFiles.Format.PDF, pdf::render);
    }

    private FileContent file(long assemblyId, DocumentRef ref, String extension, String mediaType,
                             IssuedFiles.Format format, Function<OfficialDocument, byte[]> render) {
        Facts f = facts(assemblyId);
        Slot slot = availableSlot(f, ref);
        Optional<IssuedDocument> done = f.issued(ref);
        byte[] bytes = done.map(d -> files.of(d, format, render)).orElseGet(() -> render.apply(draft(f, slot)));
        return new FileContent(fileName(f, slot, done.orElse(null)) + "." + extension, mediaType, bytes);
    }

    /**
     * Signs and issues a document: the signed-in person signs in one of the roles they hold that may sign it, under
     * their own name; the next number of the school's register for that calendar year is given in the same
     * transaction; the DOCX and PDF are frozen as issued.
     */
    public IssuedInfo sign(long assemblyId, DocumentRef ref, SignInput in) {
        Facts f = facts(assemblyId);
        AppUser user = CurrentUser.require();
        if (!user.worksAt(f.assembly().schoolId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        // who may sign is decided before whether the document is ready: a teacher is refused, not told "not yet"
        List<Role> mine = capacitiesOf(user, composer.slot(f, ref)
                .orElseThrow(() -> new BusinessRuleException("error.notFound")));
        if (mine.isEmpty()) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Slot slot = availableSlot(f, ref);
        f.issued(ref).ifPresent(d -> {
            throw new BusinessRuleException("documents.sign.already", d.getSymbol(), Texts.date(d.getSignedOn()));
        });
        frozen(f);
        if (in == null || in.capacity() == null) {
            throw BusinessRuleException.onField("capacity", "documents.sign.capacityRequired");
        }
        if (!mine.contains(in.capacity())) {
            throw BusinessRuleException.onField("capacity", "documents.sign.notYourCapacity",
                    words.t(in.capacity().messageKey()), slot.signerTitle());
        }
        if (in.signedOn() == null) {
            throw BusinessRuleException.onField("signedOn", "documents.sign.dateRequired");
        }
        if (in.signedOn().isAfter(VietnamTime.today())) {
            throw BusinessRuleException.onField("signedOn", "documents.sign.dateInFuture");
        }
        if (in.signedOn().isBefore(slot.naturalDate())) {
            throw BusinessRuleException.onField("signedOn", "documents.sign.dateTooEarly",
                    Texts.date(slot.naturalDate()));
        }
        if (ref.kind() == DocumentKind.COVER_LETTER) {
            List<String> unsigned = composer.slots(f).stream()
                    .filter(s -> s.dossierPiece() && s.ref().kind() != DocumentKind.COVER_LETTER)
                    .filter(s -> f.issued(s.ref()).isEmpty())
                    .map(s -> words.t(s.ref().kind().messageKey())).toList();
            if (!unsigned.isEmpty()) {
                throw new BusinessRuleException("documents.sign.piecesFirst", String.join(", ", unsigned));
            }
        }
        int year = in.signedOn().getYear();
        int number = numbering.next(f.assembly().schoolId(), year);
        String symbol = Words.number(number) + "/" + Composer.symbolSuffix(f, ref.kind());
        String signer = user.fullName();
        // a vice-principal signs the head's documents "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"
        boolean onBehalf = in.capacity() == Role.VICE_PRINCIPAL && slot.onBehalfAllowed();
        Issue issue = new Issue(number, in.signedOn(), signer, onBehalf);
        var block = composer.signer(slot, issue);
        String title = block.authority() == null ? block.title() : block.authority() + " / " + block.title();
        IssuedDocument doc = new IssuedDocument(assemblyId, f.assembly().schoolId(), ref, year, number, symbol,
                in.signedOn(), signer, title, in.capacity(), user.getUsername());
        OfficialDocument model = composer.compose(f, slot, issue);
        // the content is frozen now; its DOCX and PDF are written from it at the first download (IssuedFiles)
        doc.setContent(DocumentCodec.write(model));
        issued.saveAndFlush(doc);
        audit.signed(f, ref, symbol, title, signer);
        log.info("Issued {} {} for assembly {} (signed {} by {} as {})", ref.kind(), symbol, assemblyId,
                in.signedOn(), user.getUsername(), in.capacity());
        return info(doc);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Role> capacities(long assemblyId) {
        Facts f = facts(assemblyId);
        AppUser user = CurrentUser.require();
        if (!user.worksAt(f.assembly().schoolId())) {
            return List.of();
        }
        return composer.slot(f, DocumentRef.of(DocumentKind.RESOLUTION)).map(s -> capacitiesOf(user, s))
                .orElse(List.of());
    }

    @Override
    public void sign(long assemblyId, Role capacity, LocalDate signedOn) {
        DocumentRef ref = DocumentRef.of(DocumentKind.RESOLUTION);
        if (issued.findByAssemblyIdAndKindAndDepartmentRefAndWithdrawnKey(assemblyId, ref.kind(), 0, 0).isEmpty()) {
            sign(assemblyId, ref, new SignInput(capacity, signedOn));
        }
    }

    /**
     * Withdraws an issued document with a reason: its number stays in the register as void and is never given
     * again; the document can then be signed anew under the next number. Whoever may sign it may withdraw it;
     * a piece the cover letter lists waits until the cover letter is withdrawn; nothing moves while the body holds
     * the dossier.
     */
    public IssuedInfo withdraw(long assemblyId, DocumentRef ref, String reason) {
        Facts f = facts(assemblyId);
        AppUser user = CurrentUser.require();
        if (!user.worksAt(f.assembly().schoolId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Slot slot = composer.slot(f, ref).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (capacitiesOf(user, slot).isEmpty()) {
            throw new BusinessRuleException("error.accessDenied");
        }
        IssuedDocument doc = f.issued(ref).orElseThrow(() -> new BusinessRuleException("documents.withdraw.notSigned"));
        frozen(f);
        if (Composer.DOSSIER.contains(ref.kind()) && ref.kind() != DocumentKind.COVER_LETTER) {
            f.issued(DocumentRef.of(DocumentKind.COVER_LETTER)).ifPresent(c -> {
                throw new BusinessRuleException("documents.withdraw.coverLetterFirst", c.getSymbol());
            });
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw BusinessRuleException.onField("reason", "documents.withdraw.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw BusinessRuleException.onField("reason", "validation.tooLong", MAX_REASON, why.length());
        }
        doc.withdraw(user.getUsername(), why);
        issued.saveAndFlush(doc);
        audit.withdrawn(f, ref, doc.getSymbol(), why);
        log.info("Withdrew {} {} of assembly {} ({})", ref.kind(), doc.getSymbol(), assemblyId, user.getUsername());
        return info(doc);
    }

    /** While the body holds the dossier (filed, or accepted) its pieces do not change (issue 15). */
    private void frozen(Facts f) {
        DossierStatus status = f.overview().dossier().status();
        if (status == DossierStatus.SUBMITTED || status == DossierStatus.ACCEPTED) {
            throw new BusinessRuleException(status == DossierStatus.ACCEPTED ? "documents.frozen.accepted"
                    : "documents.frozen.submitted");
        }
    }

    /** The roles in which this person may sign the slot's document, in the slot's order. */
    static List<Role> capacitiesOf(AppUser user, Slot slot) {
        return slot.capacities().stream().filter(role -> switch (role) {
            case DEPARTMENT_HEAD -> user.holdsFor(Role.DEPARTMENT_HEAD, slot.ref().departmentId());
            case STAFF -> user.staffId() != null;
            default -> user.hasRole(role);
        }).toList();
    }

    /**
     * Keeps a new version of the signed, stamped scan of an issued document. The file is checked by its content:
     * a PDF or a PNG/JPEG image, within the size limit.
     */
    public ScanInfo uploadScan(long assemblyId, DocumentRef ref, String fileName, byte[] bytes) {
        // an issued document was available when it was signed: the school and the register are all it needs
        AppUser user = CurrentUser.requireSchoolRole(assemblyFacts.schoolOf(assemblyId), OFFICERS);
        IssuedDocument doc = issued.findByAssemblyIdAndKindAndDepartmentRefAndWithdrawnKey(assemblyId, ref.kind(), ref.departmentId(), 0)
                .orElseThrow(() -> new BusinessRuleException("documents.scan.signFirst"));
        DossierStatus status = assemblyFacts.dossierStatus(assemblyId);
        if (status == DossierStatus.SUBMITTED || status == DossierStatus.ACCEPTED) {
            throw new BusinessRuleException(status == DossierStatus.ACCEPTED ? "documents.frozen.accepted"
                    : "documents.frozen.submitted");
        }
        String mediaType = ScanCheck.mediaType(fileName, bytes, maxScanBytes);
        int version = scans.infoOf(List.of(doc.getId())).stream().mapToInt(ScanInfo::versionNo).max().orElse(0) + 1;
        String name = fileName == null || fileName.isBlank() ? "scan." + ScanCheck.extension(mediaType)
                : fileName.strip();
        SignedScan scan = scans.saveAndFlush(new SignedScan(doc.getId(), version, name, mediaType, bytes,
                user.getUsername()));
        audit.scanUploaded(assemblyId, doc.getSchoolId(), assemblyFacts.processInstanceOf(assemblyId), doc.getSymbol(),
                version, name);
        log.info("Scan version {} of {} uploaded for assembly {} ({} bytes, {})", version, doc.getSymbol(),
                assemblyId, bytes.length, mediaType);
        return scans.infoOf(List.of(doc.getId())).stream().filter(s -> s.id() == scan.getId()).findFirst()
                .orElseThrow();
    }

    /** One stored version of a scan. */
    @Transactional(readOnly = true)
    public FileContent scan(long assemblyId, long scanId) {
        Facts f = facts(assemblyId);
        SignedScan scan = scans.findById(scanId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        boolean ofThisAssembly = f.issued().values().stream().anyMatch(d -> d.getId().equals(scan.getIssuedDocumentId()));
        if (!ofThisAssembly) {
            throw new BusinessRuleException("error.notFound");
        }
        return new FileContent(scan.getFileName(), scan.getMediaType(), scan.getFileBytes());
    }

    /** What the dossier still lacks: every piece signed and its stamped scan uploaded. Texts in Vietnamese. */
    @Override
    @Transactional(readOnly = true)
    public List<String> missingPieces(long assemblyId) {
        return missing(facts(assemblyId));
    }

    private List<String> missing(Facts f) {
        Map<Long, List<ScanInfo>> scanInfo = scanInfo(f);
        List<String> missing = new ArrayList<>();
        for (Slot s : dossierSlots(f)) {
            String name = words.t(s.ref().kind().messageKey());
            Optional<IssuedDocument> d = f.issued(s.ref());
            if (!s.available()) {
                missing.add(words.t("documents.missing.notYet", name));
            } else if (d.isEmpty()) {
                missing.add(words.t("documents.missing.unsigned", name));
            } else if (scanInfo.getOrDefault(d.get().getId(), List.of()).isEmpty()) {
                missing.add(words.t("documents.missing.noScan", name));
            }
        }
        return missing;
    }

    /**
     * The dossier for the supervising body as one ZIP: each piece's editable copy (DOCX, as issued) and its
     * latest stamped scan. Refused while a piece is missing.
     */
    @Transactional(readOnly = true)
    public FileContent dossierZip(long assemblyId) {
        Facts f = facts(assemblyId);
        List<String> missing = missing(f);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("dossier.piecesMissing", String.join("; ", missing));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int i = 1;
            for (Slot s : dossierSlots(f)) {
                IssuedDocument d = f.issued(s.ref()).orElseThrow();
                SignedScan scan = scans.findFirstByIssuedDocumentIdOrderByVersionNoDesc(d.getId()).orElseThrow();
                String stem = String.format("%02d-%s", i++, s.ref().kind().fileStem());
                entry(zip, stem + ".docx", files.of(d, IssuedFiles.Format.DOCX, docx::render));
                entry(zip, stem + STAMPED_SUFFIX + "." + ScanCheck.extension(scan.getMediaType()),
                        scan.getFileBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "ho-so-hoi-nghi-" + f.year() + "-" + slug(f.school().shortCode()) + ".zip";
        return new FileContent(name, ZIP, out.toByteArray());
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    // ---- helpers ----

    private Facts facts(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        long schoolId = o.assembly().schoolId();
        Map<DocumentRef, IssuedDocument> done = issued.findByAssemblyId(assemblyId).stream()
                .filter(d -> !d.isWithdrawn()).collect(Collectors.toMap(IssuedDocument::ref, d -> d));
        List<StaffInfo> active = directory.activeStaff(schoolId);
        return new Facts(o, meetingRecords.meetings(assemblyId), directory.departments(schoolId),
                holder(active, Role.PRINCIPAL), holder(active, Role.VICE_PRINCIPAL), holder(active, Role.UNION_CHAIR),
                done, directory.localPractice(schoolId), o.school().hasUnion() ? null
                        : directory.unionSubstituteTitle(schoolId).orElseGet(() -> words.t("doc.substitute.default")));
    }

    private static String holder(List<StaffInfo> active, Role role) {
        return active.stream().filter(s -> s.holds(role)).map(StaffInfo::fullName).findFirst().orElse("");
    }

    private Slot availableSlot(Facts f, DocumentRef ref) {
        Slot slot = composer.slot(f, ref).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!slot.available()) {
            throw new BusinessRuleException("documents.notYet", words.t(ref.kind().messageKey()),
                    words.t(slot.waitingKey()));
        }
        return slot;
    }

    private List<Slot> dossierSlots(Facts f) {
        List<Slot> all = composer.slots(f);
        List<Slot> list = new ArrayList<>();
        for (DocumentKind kind : Composer.DOSSIER) {
            all.stream().filter(s -> s.ref().kind() == kind).findFirst().ifPresent(list::add);
        }
        return list;
    }

    private OfficialDocument draft(Facts f, Slot slot) {
        return composer.compose(f, slot, new Issue(null, slot.naturalDate(), slot.defaultSigner(), false));
    }

    private Map<Long, List<ScanInfo>> scanInfo(Facts f) {
        List<Long> ids = f.issued().values().stream().map(IssuedDocument::getId).toList();
        Map<Long, List<ScanInfo>> map = new HashMap<>();
        if (!ids.isEmpty()) {
            scans.infoOf(ids).forEach(s -> map.computeIfAbsent(s.issuedDocumentId(), k -> new ArrayList<>()).add(s));
        }
        return map;
    }

    private DocumentRow row(Facts f, Slot s, Map<Long, List<ScanInfo>> scanInfo, AppUser user,
                            List<IssuedDocument> withdrawn, Map<String, String> names) {
        Optional<IssuedDocument> d = f.issued(s.ref());
        List<Role> mine = user.worksAt(f.assembly().schoolId()) ? capacitiesOf(user, s) : List.of();
        return new DocumentRow(s.ref(), s.departmentName(), s.available(), s.waitingKey(), s.naturalDate(),
                s.signerTitle(), s.defaultSigner(), d.map(DocumentService::info).orElse(null),
                d.map(x -> scanInfo.getOrDefault(x.getId(), List.of())).orElse(List.of()), s.dossierPiece(),
                s.onBehalfAllowed(), mine, withdrawn.stream().filter(w -> w.ref().equals(s.ref())).map(w -> {
                    IssuedInfo i = info(w);
                    return new IssuedInfo(i.number(), i.year(), i.symbol(), i.signedOn(), i.signerName(),
                            i.signerTitle(), i.capacity(), i.recordedBy(), i.recordedAt(), i.withdrawnAt(),
                            names.getOrDefault(i.withdrawnBy(), i.withdrawnBy()), i.withdrawalReason());
                }).toList());
    }

    private static IssuedInfo info(IssuedDocument d) {
        return new IssuedInfo(d.getSeqNo(), d.getIssueYear(), d.getSymbol(), d.getSignedOn(), d.getSignerName(),
                d.getSignerTitle(), d.getCapacity(), d.getRecordedBy(), d.getRecordedAt(), d.getWithdrawnAt(),
                d.getWithdrawnBy(), d.getWithdrawalReason());
    }

    private String fileName(Facts f, Slot slot, IssuedDocument done) {
        String stem = slot.ref().kind().fileStem();
        if (slot.departmentName() != null) {
            stem += "-" + slug(slot.departmentName());
        }
        return stem + "-" + f.year() + (done == null ? DRAFT_SUFFIX : "-so-" + Words.number(done.getSeqNo()));
    }

    /** Lower case, no diacritics, words joined by hyphens: "Tổ Tiểu học" becomes "to-tieu-hoc". */
    static String slug(String text) {
        return Texts.searchKey(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
