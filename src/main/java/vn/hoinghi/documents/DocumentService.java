package vn.hoinghi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import vn.hoinghi.assembly.MeetingRecords;
import vn.hoinghi.documents.Composer.Issue;
import vn.hoinghi.documents.Composer.Slot;
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
public class DocumentService implements DossierCompleteness {

    /** Who may sign documents and upload their scans: the school's leaders, the union chair, the secretary. */
    static final Role[] OFFICERS = {Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.UNION_CHAIR, Role.SECRETARY};

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    /** File names stay ASCII ("bản có dấu", "dự thảo") so every system and mail client keeps them intact. */
    static final String STAMPED_SUFFIX = "-ban-co-dau";
    static final String DRAFT_SUFFIX = "-du-thao";

    /** Where a document stands; waitingKey (a message key) says what it waits for while it is not available. */
    public record DocumentRow(DocumentRef ref, String departmentName, boolean available, String waitingKey,
                              LocalDate naturalDate, String signerTitle, String defaultSigner, IssuedInfo issued,
                              List<ScanInfo> scans, boolean dossierPiece, boolean onBehalfAllowed,
                              String deputySigner) {
        public boolean signed() {
            return issued != null;
        }
    }

    /** The number, symbol and signature of an issued document. */
    public record IssuedInfo(int number, int year, String symbol, LocalDate signedOn, String signerName,
                             String signerTitle, String recordedBy) {
    }

    public record FileContent(String fileName, String mediaType, byte[] bytes) {
    }

    /** Who signs and when; onBehalf: a vice-principal signs for the principal (KT. HIỆU TRƯỞNG). */
    public record SignInput(String signerName, LocalDate signedOn, boolean onBehalf) {
        public SignInput(String signerName, LocalDate signedOn) {
            this(signerName, signedOn, false);
        }
    }

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

    DocumentService(AssemblyQueries queries, AssemblyFacts assemblyFacts, MeetingRecords meetingRecords, SchoolDirectory directory,
                    IssuedDocumentRepository issued, SignedScanRepository scans, DocumentNumbering numbering,
                    Composer composer, Words words, @Value("${hoinghi.documents.max-scan-mb:10}") int maxScanMb) {
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
        return composer.slots(f).stream().map(s -> row(f, s, scanInfo)).toList();
    }

    /** Whether the signed-in person may sign documents of this assembly and upload their scans. */
    @Transactional(readOnly = true)
    public boolean mayManage(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        AppUser user = CurrentUser.require();
        return user.worksAt(o.assembly().getSchoolId()) && user.hasAnyRole(OFFICERS);
    }

    /** The editable copy: as issued once signed, otherwise written now from the data (with a blank number). */
    @Transactional(readOnly = true)
    public FileContent docx(long assemblyId, DocumentRef ref) {
        return file(assemblyId, ref, "docx", DOCX, IssuedDocument::getDocxBytes, docx::render);
    }

    /** The printable copy, the same way as the DOCX. */
    @Transactional(readOnly = true)
    public FileContent pdf(long assemblyId, DocumentRef ref) {
        return file(assemblyId, ref, "pdf", PDF, IssuedDocument::getPdfBytes, pdf::render);
    }

    private FileContent file(long assemblyId, DocumentRef ref, String extension, String mediaType,
                             Function<IssuedDocument, byte[]> stored, Function<OfficialDocument, byte[]> render) {
        Facts f = facts(assemblyId);
        Slot slot = availableSlot(f, ref);
        Optional<IssuedDocument> done = f.issued(ref);
        byte[] bytes = done.map(stored).orElseGet(() -> render.apply(draft(f, slot)));
        return new FileContent(fileName(f, slot, done.orElse(null)) + "." + extension, mediaType, bytes);
    }

    /**
     * Signs and issues a document: records the signer and the date and gives it the next number of the school's
     * register for that calendar year, in one transaction; the DOCX and PDF are frozen as issued.
     */
    public IssuedInfo sign(long assemblyId, DocumentRef ref, SignInput in) {
        Facts f = facts(assemblyId);
        AppUser user = requireOfficer(f);
        Slot slot = availableSlot(f, ref);
        f.issued(ref).ifPresent(d -> {
            throw new BusinessRuleException("documents.sign.already", d.getSymbol(), Texts.date(d.getSignedOn()));
        });
        if (in == null || in.signerName() == null || in.signerName().isBlank()) {
            throw new BusinessRuleException("documents.sign.signerRequired");
        }
        if (in.signedOn() == null) {
            throw new BusinessRuleException("documents.sign.dateRequired");
        }
        if (in.signedOn().isAfter(VietnamTime.today())) {
            throw new BusinessRuleException("documents.sign.dateInFuture");
        }
        if (in.signedOn().isBefore(slot.naturalDate())) {
            throw new BusinessRuleException("documents.sign.dateTooEarly", Texts.date(slot.naturalDate()));
        }
        if (in.onBehalf() && !slot.onBehalfAllowed()) {
            throw new BusinessRuleException("documents.sign.onBehalfNotHere", slot.signerTitle());
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
        int number = numbering.next(f.assembly().getSchoolId(), year);
        String symbol = Words.number(number) + "/" + Composer.symbolSuffix(f, ref.kind());
        String signer = in.signerName().strip();
        Issue issue = new Issue(number, in.signedOn(), signer, in.onBehalf());
        var block = composer.signer(slot, issue);
        String title = block.authority() == null ? block.title() : block.authority() + " / " + block.title();
        IssuedDocument doc = new IssuedDocument(assemblyId, f.assembly().getSchoolId(), ref, year, number, symbol,
                in.signedOn(), signer, title, user.getUsername());
        OfficialDocument model = composer.compose(f, slot, issue);
        doc.setFiles(docx.render(model), pdf.render(model));
        issued.saveAndFlush(doc);
        log.info("Issued {} {} for assembly {} (signed {} by {})", ref.kind(), symbol, assemblyId, in.signedOn(),
                signer);
        return info(doc);
    }

    /**
     * Keeps a new version of the signed, stamped scan of an issued document. The file is checked by its content:
     * a PDF or a PNG/JPEG image, within the size limit.
     */
    public ScanInfo uploadScan(long assemblyId, DocumentRef ref, String fileName, byte[] bytes) {
        // an issued document was available when it was signed: the school and the register are all it needs
        AppUser user = CurrentUser.requireSchoolRole(assemblyFacts.schoolOf(assemblyId), OFFICERS);
        IssuedDocument doc = issued.findByAssemblyIdAndKindAndDepartmentRef(assemblyId, ref.kind(), ref.departmentId())
                .orElseThrow(() -> new BusinessRuleException("documents.scan.signFirst"));
        String mediaType = ScanCheck.mediaType(fileName, bytes, maxScanBytes);
        int version = scans.infoOf(List.of(doc.getId())).stream().mapToInt(ScanInfo::versionNo).max().orElse(0) + 1;
        String name = fileName == null || fileName.isBlank() ? "scan." + ScanCheck.extension(mediaType)
                : fileName.strip();
        SignedScan scan = scans.saveAndFlush(new SignedScan(doc.getId(), version, name, mediaType, bytes,
                user.getUsername()));
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
                entry(zip, stem + ".docx", d.getDocxBytes());
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
        long schoolId = o.assembly().getSchoolId();
        Map<DocumentRef, IssuedDocument> done = issued.findByAssemblyId(assemblyId).stream()
                .collect(Collectors.toMap(IssuedDocument::ref, d -> d));
        List<StaffInfo> active = directory.activeStaff(schoolId);
        return new Facts(o, meetingRecords.meetings(assemblyId), directory.departments(schoolId),
                holder(active, Role.PRINCIPAL), holder(active, Role.VICE_PRINCIPAL), holder(active, Role.UNION_CHAIR),
                done, directory.localPractice(schoolId));
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

    private AppUser requireOfficer(Facts f) {
        return CurrentUser.requireSchoolRole(f.assembly().getSchoolId(), OFFICERS);
    }

    private Map<Long, List<ScanInfo>> scanInfo(Facts f) {
        List<Long> ids = f.issued().values().stream().map(IssuedDocument::getId).toList();
        Map<Long, List<ScanInfo>> map = new HashMap<>();
        if (!ids.isEmpty()) {
            scans.infoOf(ids).forEach(s -> map.computeIfAbsent(s.issuedDocumentId(), k -> new ArrayList<>()).add(s));
        }
        return map;
    }

    private DocumentRow row(Facts f, Slot s, Map<Long, List<ScanInfo>> scanInfo) {
        Optional<IssuedDocument> d = f.issued(s.ref());
        return new DocumentRow(s.ref(), s.departmentName(), s.available(), s.waitingKey(), s.naturalDate(),
                s.signerTitle(), s.defaultSigner(), d.map(DocumentService::info).orElse(null),
                d.map(x -> scanInfo.getOrDefault(x.getId(), List.of())).orElse(List.of()), s.dossierPiece(),
                s.onBehalfAllowed(), f.vicePrincipal());
    }

    private static IssuedInfo info(IssuedDocument d) {
        return new IssuedInfo(d.getSeqNo(), d.getIssueYear(), d.getSymbol(), d.getSignedOn(), d.getSignerName(),
                d.getSignerTitle(), d.getRecordedBy());
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
