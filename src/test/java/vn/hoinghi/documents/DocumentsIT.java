package vn.hoinghi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.documents.DocumentService.DocumentRow;
import vn.hoinghi.documents.DocumentService.FileContent;
import vn.hoinghi.documents.DocumentService.IssuedInfo;
import vn.hoinghi.documents.DocumentService.SignInput;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * The documents of a whole assembly walked through the services: every file read back (DOCX through POI, the
 * PDF's text through PDFBox) for its Vietnamese text, numbers and counts; numbering across a year; the signed
 * scans and the dossier.
 * <p>
 * The numbers a test asserts depend on the calendar year: the walk signs in 2018 and the year-boundary test in
 * 2025, years no other test of the shared context signs documents in (AssemblyProcessIT signs in 2023 and 2024).
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class DocumentsIT {

    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired DocumentService documents;

    AssemblyWalk walk;

    @BeforeEach
    void setUp() {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_document_of_a_walked_assembly_reads_back_with_its_vietnamese_text_numbers_and_counts()
            throws IOException {
        // The seed plan's days in a school year no other test uses: 2018 is the year this test signs in.
        long id = walk.launch("2018-2019", AssemblyKind.REGULAR, LocalDate.of(2018, 9, 20), LocalDate.of(2018, 9, 21),
                LocalDate.of(2018, 9, 24), LocalDate.of(2018, 9, 27), LocalDate.of(2018, 10, 1), true);
        walk.preparatoryMeeting(LocalDate.of(2018, 9, 20));
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(row(id, DocumentKind.PLAN).available()).isTrue();
        assertThat(row(id, DocumentKind.RESOLUTION).available()).isFalse();
        // Before signing, the plan is a draft with a blank number.
        assertThat(pdfText(documents.pdf(id, DocumentRef.of(DocumentKind.PLAN)).bytes()))
                .contains("Số: /KH-TH&THCSHH");
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.plenary(LocalDate.of(2018, 9, 27), 27);
        walk.election();
        walk.recognition(LocalDate.of(2018, 9, 28), LocalDate.of(2018, 10, 1));
        // Each document is signed by the person who holds its signing role, under their own name, in the order the
        // documents were produced; the resolution is signed as it is finalised ("Ký và gửi nghị quyết").
        Map<String, IssuedInfo> issued = new LinkedHashMap<>();
        TestUsers.signIn(accounts, "hieutruong");
        for (DocumentRow r : documents.documents(id)) {
            if (r.ref().kind() == DocumentKind.RESOLUTION) {
                break;
            }
            issued.put(key(r), signAsHolder(id, r));
        }
        walk.finaliseResolution();
        TestUsers.signIn(accounts, "hieutruong");
        List<DocumentRow> rows = documents.documents(id);
        assertThat(rows).extracting(r -> r.ref().kind()).containsExactly(DocumentKind.PLAN, DocumentKind.INVITATION,
                DocumentKind.DEPARTMENT_MINUTES, DocumentKind.DEPARTMENT_MINUTES, DocumentKind.DEPARTMENT_MINUTES,
                DocumentKind.DEPARTMENT_MINUTES, DocumentKind.EMULATION_SUMMARY, DocumentKind.PLENARY_MINUTES,
                DocumentKind.BALLOT_COUNT, DocumentKind.RESOLUTION, DocumentKind.WORKING_RULES,
                DocumentKind.BOARD_DECISION, DocumentKind.COVER_LETTER);
        assertThat(rows).allMatch(DocumentRow::available);
        for (DocumentRow r : rows) {
            if (r.ref().kind() == DocumentKind.RESOLUTION) {
                assertThat(r.signed()).as("signed as it was finalised").isTrue();
                issued.put(key(r), r.issued());
            } else if (!r.signed()) {
                issued.put(key(r), signAsHolder(id, r));
            }
        }
        assertThat(issued.values()).extracting(IssuedInfo::symbol).containsExactly("01/KH-TH&THCSHH",
                "02/GM-TH&THCSHH", "03/BB-TH&THCSHH", "04/BB-TH&THCSHH", "05/BB-TH&THCSHH", "06/BB-TH&THCSHH",
                "07/BC-TH&THCSHH", "08/BB-TH&THCSHH", "09/BB-TH&THCSHH", "10/NQ-TH&THCSHH", "11/QC-TH&THCSHH",
                "12/QĐ-CĐCS", "13/TH&THCSHH");

        Map<String, String> pdfs = new LinkedHashMap<>();
        Map<String, String> docxs = new LinkedHashMap<>();
        for (DocumentRow r : documents.documents(id)) {
            FileContent docx = documents.docx(id, r.ref());
            FileContent pdf = documents.pdf(id, r.ref());
            // written at the first download from what was signed, then kept: the same bytes every time after
            assertThat(documents.pdf(id, r.ref()).bytes()).isEqualTo(pdf.bytes());
            assertThat(documents.docx(id, r.ref()).bytes()).isEqualTo(docx.bytes());
            keep(docx);
            keep(pdf);
            assertPdfLayout(pdf.bytes());
            pdfs.put(key(r), pdfText(pdf.bytes()));
            docxs.put(key(r), docxText(docx.bytes()));
            // Both formats carry the decree's fixed parts and the same number, place and date.
            both(pdfs, docxs, key(r), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: " + r.issued().symbol(), "Hồng Hà, ngày ");
        }

        both(pdfs, docxs, "PLAN", "UBND XÃ HỒNG HÀ", "Hồng Hà, ngày 20 tháng 9 năm 2018", "KẾ HOẠCH",
                "Tổ chức Hội nghị viên chức, người lao động năm học 2018-2019", "I. MỤC ĐÍCH – YÊU CẦU",
                "II. NỘI DUNG CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN", "thứ Năm, ngày 27/09/2018",
                "Toàn thể cán bộ quản lý, giáo viên, nhân viên nhà trường (30 người)", "4.1. Hội nghị trù bị",
                "4.3. Hội nghị cấp tổ: ngày 24/09/2018, tại 4 tổ", "1) Tuyên bố lý do",
                // the seed's practice: the presidium by a show of hands, and the union named as it is
                "2) Bầu Chủ tịch đoàn và thư ký hội nghị (biểu quyết giơ tay)",
                "Hiệu trưởng, Chủ tịch Công đoàn và một đại diện viên chức, người lao động; hội nghị bầu bằng biểu quyết giơ tay.",
                "Sau khi thống nhất với Ban Chấp hành Công đoàn nhà trường",
                "10) Bầu Ban Thanh tra nhân dân (03 người)", "15) Biểu quyết thông qua", "5. Kinh phí",
                "Hoàng Thị Lan: Báo cáo thu chi tài chính; hoàn thành trước ngày 21/09/2018", "Nơi nhận:",
                "HIỆU TRƯỞNG", "Nguyễn Văn Hùng");
        both(pdfs, docxs, "INVITATION", "GIẤY MỜI", "trân trọng kính mời", "Lãnh đạo Ủy ban nhân dân xã Hồng Hà",
                "thứ Năm, ngày 27/09/2018", "Hồng Hà, ngày 21 tháng 9 năm 2018");
        String tieuHoc = pdfs.entrySet().stream().filter(e -> e.getValue().contains("TỔ TIỂU HỌC"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        both(pdfs, docxs, tieuHoc, "BIÊN BẢN", "Hội nghị viên chức, người lao động cấp tổ năm học 2018-2019",
                "Số thành viên của tổ: 8; có mặt: 8; vắng: 0.", "Thư ký: Thư ký Tổ Tiểu học",
                "100% học sinh hoàn thành chương trình.", "Đề nghị tăng mức hỗ trợ Tổ Tiểu học",
                "Lao động tiên tiến", "Tập thể tổ đăng ký danh hiệu: Tập thể lao động tiên tiến.", "THƯ KÝ", "CHỦ TRÌ");
        both(pdfs, docxs, "PLENARY_MINUTES", "BIÊN BẢN",
                "Số viên chức, người lao động được triệu tập (toàn thể): 30 người.", "Số người có mặt: 27 (90%); vắng: 3",
                "tối thiểu 20 người", "Chủ tịch đoàn: Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh (hội nghị bầu bằng biểu quyết giơ tay)",
                "Mức hỗ trợ dạy thêm?", "Tăng từ học kỳ II", "Nhà trường tăng mức hỗ trợ từ học kỳ II",
                "Quy chế chi tiêu nội bộ 14 13 0 51,9% Thông qua", "Thông qua nghị quyết 26 0 1 96,3% Thông qua",
                "Bầu Chủ tịch đoàn, thư ký 27 0 0 100% Thông qua", "CHỦ TỌA", "THƯ KÝ", "Ngô Thị Thu");
        both(pdfs, docxs, "BALLOT_COUNT", "BIÊN BẢN KIỂM PHIẾU", "nhiệm kỳ 2018 - 2020",
                "Số thành viên cần bầu: 3 người; số người trong danh sách bầu: 4.",
                "Số người được triệu tập: 30; số người có mặt: 27.", "Số phiếu phát ra: 27; số phiếu thu về: 27.",
                "Số phiếu hợp lệ: 26; số phiếu không hợp lệ: 1.", "25 92,6% Trúng cử", "10 37% Không trúng cử",
                "từ 14 phiếu trở lên", "TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Trịnh Thị Hoa");
        both(pdfs, docxs, "RESOLUTION", "NGHỊ QUYẾT",
                "HỘI NGHỊ VIÊN CHỨC, NGƯỜI LAO ĐỘNG TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ HỒNG HÀ",
                "Căn cứ Kế hoạch số 01/KH-TH&THCSHH ngày 20/09/2018", "với 27/30 viên chức, người lao động có mặt",
                "QUYẾT NGHỊ:", "Điều 1.", "Giữ vững danh hiệu Tập thể lao động tiên tiến.",
                "Thông qua nghị quyết: 26/27 tán thành (96,3%); 0 không tán thành; 1 không biểu quyết.",
                "Ban Thanh tra nhân dân nhiệm kỳ 2018 - 2020", "TM. ĐOÀN CHỦ TỊCH", "Nguyễn Văn Hùng");
        both(pdfs, docxs, "WORKING_RULES", "QUY CHẾ", "Nội dung dự thảo của phohieutruong",
                "Điều 2. Trách nhiệm của viên chức, người lao động.");
        both(pdfs, docxs, "BOARD_DECISION", "BAN CHẤP HÀNH CÔNG ĐOÀN", "QUYẾT ĐỊNH",
                "Về việc công nhận kết quả bầu cử Ban Thanh tra nhân dân nhiệm kỳ 2018 - 2020",
                "Căn cứ Biên bản kiểm phiếu số 09/BB-TH&THCSHH", "gồm 03 ông (bà)", "Hồng Hà, ngày 28 tháng 9 năm 2018",
                "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Hồng");
        both(pdfs, docxs, "EMULATION_SUMMARY", "BÁO CÁO", "Tổng hợp đăng ký thi đua năm học 2018-2019",
                "Lao động tiên tiến: 4 cá nhân.", "Tổng cộng: 4 cá nhân và 4 tập thể đăng ký.",
                "Tổ Văn phòng Tập thể lao động tiên tiến");
        both(pdfs, docxs, "COVER_LETTER", "V/v Gửi hồ sơ Hội nghị viên chức, người lao động năm học",
                "Kính gửi: Ủy ban nhân dân xã Hồng Hà.", "Nghị quyết hội nghị số 10/NQ-TH&THCSHH ngày 27/09/2018",
                "Quy chế làm việc số 11/QC-TH&THCSHH", "Báo cáo tổng hợp đăng ký thi đua số 07/BC-TH&THCSHH",
                "Hồng Hà, ngày 28 tháng 9 năm 2018");
        assertThat(pdfs.get("COVER_LETTER")).doesNotContain("CÔNG VĂN");

        // Signed once, a number never changes.
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> documents.sign(id, DocumentRef.of(DocumentKind.PLAN),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2018, 9, 20))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("documents.sign.already");

        // Filing waits for the stamped scans.
        String file = walk.onlyTaskOf("ctcongdoan", AssemblyStep.FILE_DOSSIER.taskId());
        assertThatThrownBy(() -> followUp.file(file, new Inputs.Filing(true, true, true,
                null))).isInstanceOf(BusinessRuleException.class).hasMessage("dossier.piecesMissing");
        assertThat(documents.missingPieces(id)).containsExactly(
                "Công văn gửi hồ sơ: chưa tải lên bản có chữ ký, đóng dấu",
                "Nghị quyết hội nghị: chưa tải lên bản có chữ ký, đóng dấu",
                "Quy chế làm việc: chưa tải lên bản có chữ ký, đóng dấu",
                "Báo cáo tổng hợp đăng ký thi đua: chưa tải lên bản có chữ ký, đóng dấu");
        assertThatThrownBy(() -> documents.dossierZip(id)).hasMessage("dossier.piecesMissing");

        byte[] scanPdf = Scans.pdf();
        documents.uploadScan(id, DocumentRef.of(DocumentKind.COVER_LETTER), "cong-van.pdf", scanPdf);
        documents.uploadScan(id, DocumentRef.of(DocumentKind.RESOLUTION), "nghi-quyet.png", Scans.png());
        documents.uploadScan(id, DocumentRef.of(DocumentKind.WORKING_RULES), "quy-che.jpg", Scans.jpeg());
        documents.uploadScan(id, DocumentRef.of(DocumentKind.EMULATION_SUMMARY), "thi-dua.pdf", scanPdf);
        // A second, better scan of the cover letter: both versions are kept, the dossier takes the latest.
        byte[] better = Scans.pdf();
        ScanInfo second = documents.uploadScan(id, DocumentRef.of(DocumentKind.COVER_LETTER), "cong-van-ro-hon.pdf",
                better);
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(row(id, DocumentKind.COVER_LETTER).scans()).extracting(ScanInfo::fileName)
                .containsExactly("cong-van.pdf", "cong-van-ro-hon.pdf");
        assertThat(documents.missingPieces(id)).isEmpty();

        FileContent zip = documents.dossierZip(id);
        keep(zip);
        Map<String, byte[]> entries = unzip(zip.bytes());
        assertThat(entries.keySet()).containsExactly("01-cong-van-gui-ho-so.docx",
                "01-cong-van-gui-ho-so-ban-co-dau.pdf", "02-nghi-quyet-hoi-nghi.docx",
                "02-nghi-quyet-hoi-nghi-ban-co-dau.png", "03-quy-che-lam-viec.docx",
                "03-quy-che-lam-viec-ban-co-dau.jpg", "04-bao-cao-dang-ky-thi-dua.docx",
                "04-bao-cao-dang-ky-thi-dua-ban-co-dau.pdf");
        assertThat(entries.get("01-cong-van-gui-ho-so-ban-co-dau.pdf")).isEqualTo(better);
        assertThat(docxText(entries.get("02-nghi-quyet-hoi-nghi.docx"))).contains("Số: 10/NQ-TH&THCSHH",
                "QUYẾT NGHỊ:");

        // Now the union chair files, and the supervising body's officer gets the same dossier.
        TestUsers.signIn(accounts, "ctcongdoan");
        followUp.file(file, new Inputs.Filing(true, true, true, "Bản mềm và bản có dấu đỏ"));
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(unzip(documents.dossierZip(id).bytes()).keySet()).hasSize(8);
        assertThatThrownBy(() -> documents.sign(id, DocumentRef.of(DocumentKind.PLAN),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2018, 9, 20)))).hasMessage("error.accessDenied");

        // The date of filing is the server's: today, although the season is of 2018.
        String review = walk.onlyTaskOf("chuyenvien", AssemblyStep.REVIEW_DOSSIER.taskId());
        assertThat(followUp.review(review).dossier().getSubmittedOn()).isEqualTo(VietnamTime.today());
        // While the body holds the dossier, its pieces are frozen: no new scan, no withdrawal.
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> documents.uploadScan(id, DocumentRef.of(DocumentKind.RESOLUTION), "moi.pdf",
                Scans.pdf())).hasMessage("documents.frozen.submitted");
        TestUsers.signIn(accounts, "chuyenvien");
        followUp.decide(review, new Inputs.Review(true, null));
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> documents.uploadScan(id, DocumentRef.of(DocumentKind.RESOLUTION), "moi.pdf",
                Scans.pdf())).hasMessage("documents.frozen.accepted");
        assertThatThrownBy(() -> documents.withdraw(id, DocumentRef.of(DocumentKind.RESOLUTION), "Sai sót"))
                .hasMessage("documents.frozen.accepted");
        assertThat(row(id, DocumentKind.RESOLUTION).scans()).hasSize(1);
        // and the body's ZIP still holds the scan it accepted
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(unzip(documents.dossierZip(id).bytes()).get("02-nghi-quyet-hoi-nghi-ban-co-dau.png"))
                .isEqualTo(Scans.png());
    }

    @Test
    void a_withdrawn_document_keeps_its_number_as_void_and_only_those_who_may_sign_it_withdraw_it() {
        long id = walk.launch("2019-2020", AssemblyKind.EXTRAORDINARY, LocalDate.of(2019, 11, 4),
                LocalDate.of(2019, 11, 5), LocalDate.of(2019, 11, 6), LocalDate.of(2019, 11, 11),
                LocalDate.of(2019, 11, 15), false);
        walk.preparatoryMeeting(LocalDate.of(2019, 11, 4));
        TestUsers.signIn(accounts, "hieutruong");
        IssuedInfo plan = documents.sign(id, DocumentRef.of(DocumentKind.PLAN),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2019, 11, 4)));
        // the union chair may not withdraw what only the principal may sign
        TestUsers.signIn(accounts, "ctcongdoan");
        assertThatThrownBy(() -> documents.withdraw(id, DocumentRef.of(DocumentKind.PLAN), "Sai"))
                .hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> documents.withdraw(id, DocumentRef.of(DocumentKind.INVITATION), "Sai"))
                .hasMessage("documents.withdraw.notSigned");
        documents.withdraw(id, DocumentRef.of(DocumentKind.PLAN), "Thiếu thành phần dự họp");
        IssuedInfo reissued = documents.sign(id, DocumentRef.of(DocumentKind.PLAN),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2019, 11, 4)));
        // the register keeps both numbers, the first as void: contiguous, none reused
        assertThat(reissued.number()).isEqualTo(plan.number() + 1);
        assertThat(row(id, DocumentKind.PLAN).withdrawn()).extracting(IssuedInfo::symbol)
                .containsExactly(plan.symbol());
    }

    @Test
    void numbering_starts_again_at_one_in_a_new_calendar_year() throws IOException {
        // An extraordinary assembly over the turn of 2024 to 2025 (nothing else signs in 2025).
        long id = walk.launch("2024-2025", AssemblyKind.EXTRAORDINARY, LocalDate.of(2024, 12, 23),
                LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 26), LocalDate.of(2024, 12, 30),
                LocalDate.of(2025, 1, 6), false);
        walk.preparatoryMeeting(LocalDate.of(2024, 12, 23));
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        walk.departmentMeeting("totruongth");
        TestUsers.signIn(accounts, "hieutruong");

        IssuedInfo plan = documents.sign(id, DocumentRef.of(DocumentKind.PLAN),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2024, 12, 31)));
        IssuedInfo invitation = documents.sign(id, DocumentRef.of(DocumentKind.INVITATION),
                new SignInput(Role.PRINCIPAL, LocalDate.of(2025, 1, 2)));
        DocumentRow minutes = documents.documents(id).stream()
                .filter(r -> r.ref().kind() == DocumentKind.DEPARTMENT_MINUTES && r.available()).findFirst()
                .orElseThrow();
        // Minutes are signed by their chair, the department head: not the principal, not "KT." for the principal.
        assertThat(minutes.myCapacities()).isEmpty();
        assertThatThrownBy(() -> documents.sign(id, minutes.ref(), new SignInput(Role.PRINCIPAL,
                LocalDate.of(2025, 1, 3)))).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "phohieutruong");
        assertThatThrownBy(() -> documents.sign(id, minutes.ref(), new SignInput(Role.VICE_PRINCIPAL,
                LocalDate.of(2025, 1, 3)))).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "totruongth");
        IssuedInfo minutesIssued = documents.sign(id, minutes.ref(),
                new SignInput(Role.DEPARTMENT_HEAD, LocalDate.of(2025, 1, 3)));
        assertThat(minutesIssued.signerName()).isEqualTo("Bùi Thị Hạnh");
        TestUsers.signIn(accounts, "hieutruong");

        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.number()).isPositive();
        assertThat(invitation.year()).isEqualTo(2025);
        assertThat(invitation.symbol()).isEqualTo("01/GM-TH&THCSHH");
        assertThat(minutesIssued.symbol()).isEqualTo("02/BB-TH&THCSHH");
        String text = pdfText(documents.pdf(id, DocumentRef.of(DocumentKind.INVITATION)).bytes());
        // Day below 10 and January with a leading zero (Decree 30/2020, Appendix I).
        assertThat(text).contains("Số: 01/GM-TH&THCSHH", "Hồng Hà, ngày 02 tháng 01 năm 2025",
                "Hội nghị viên chức, người lao động bất thường năm học 2024-2025");
        assertThat(docxText(documents.docx(id, DocumentRef.of(DocumentKind.PLAN)).bytes()))
                .contains("Số: " + plan.symbol(), "Hồng Hà, ngày 31 tháng 12 năm 2024");
    }

    @Test
    void signing_checks_the_date_and_the_signer_and_scans_come_after_signing() {
        long id = walk.launch("2024-2025", AssemblyKind.EXTRAORDINARY, LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 6), LocalDate.of(2024, 11, 11),
                LocalDate.of(2024, 11, 15), false);
        TestUsers.signIn(accounts, "hieutruong");
        DocumentRef plan = DocumentRef.of(DocumentKind.PLAN);
        assertThatThrownBy(() -> documents.pdf(id, plan)).hasMessage("documents.notYet");
        walk.preparatoryMeeting(LocalDate.of(2024, 11, 4));
        TestUsers.signIn(accounts, "giaovien");
        // Every staff member may read the documents; only the school's officers sign them.
        assertThat(pdfText(documents.pdf(id, plan).bytes())).contains("KẾ HOẠCH");
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(Role.PRINCIPAL, LocalDate.of(2024, 11, 4))))
                .hasMessage("error.accessDenied");
        // The secretary may not sign the principal's documents, neither as the principal nor at all.
        TestUsers.signIn(accounts, "thuky");
        assertThat(row(id, DocumentKind.PLAN).myCapacities()).isEmpty();
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(Role.PRINCIPAL, LocalDate.of(2024, 11, 4))))
                .hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> documents.uploadScan(id, plan, "ke-hoach.pdf", Scans.pdf()))
                .hasMessage("documents.scan.signFirst");
        // A role one does not hold is refused at the field, even when one may sign in another.
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(Role.VICE_PRINCIPAL, LocalDate.of(2024, 11, 4))))
                .hasMessage("documents.sign.notYourCapacity");
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(null, LocalDate.of(2024, 11, 4))))
                .hasMessage("documents.sign.capacityRequired");
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(Role.PRINCIPAL, LocalDate.of(2024, 11, 3))))
                .hasMessage("documents.sign.dateTooEarly");
        assertThatThrownBy(() -> documents.sign(id, plan, new SignInput(Role.PRINCIPAL,
                vn.hoinghi.shared.VietnamTime.today().plusDays(1)))).hasMessage("documents.sign.dateInFuture");
        IssuedInfo signed = documents.sign(id, plan, new SignInput(Role.PRINCIPAL, LocalDate.of(2024, 11, 4)));
        // who, in which capacity and when are stored and shown
        assertThat(signed.signerName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(signed.capacity()).isEqualTo(Role.PRINCIPAL);
        assertThat(signed.recordedBy()).isEqualTo("hieutruong");
        assertThat(signed.recordedAt()).isNotNull();
        // The vice-principal signs the invitation for the principal: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG".
        TestUsers.signIn(accounts, "phohieutruong");
        DocumentRow invitation = row(id, DocumentKind.INVITATION);
        assertThat(invitation.onBehalfAllowed()).isTrue();
        assertThat(invitation.myCapacities()).containsExactly(Role.VICE_PRINCIPAL);
        IssuedInfo kt = documents.sign(id, invitation.ref(), new SignInput(Role.VICE_PRINCIPAL,
                LocalDate.of(2024, 11, 5)));
        assertThat(kt.signerTitle()).isEqualTo("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG");
        assertThat(pdfText(documents.pdf(id, invitation.ref()).bytes())).contains("KT. HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG", "Trần Thị Mai").doesNotContain("Nguyễn Văn Hùng");
        assertThat(docxText(documents.docx(id, invitation.ref()).bytes())).contains("KT. HIỆU TRƯỞNG",
                "PHÓ HIỆU TRƯỞNG", "Trần Thị Mai");

        // Withdrawn with a reason: the number is kept as void and never given again.
        assertThatThrownBy(() -> documents.withdraw(id, invitation.ref(), "  "))
                .hasMessage("documents.withdraw.reasonRequired");
        assertThatThrownBy(() -> documents.withdraw(id, invitation.ref(), "x".repeat(DocumentService.MAX_REASON + 1)))
                .hasMessage("validation.tooLong");
        documents.withdraw(id, invitation.ref(), "Sai giờ họp");
        DocumentRow withdrawn = row(id, DocumentKind.INVITATION);
        assertThat(withdrawn.signed()).isFalse();
        assertThat(withdrawn.withdrawn()).singleElement().satisfies(w -> {
            assertThat(w.symbol()).isEqualTo(kt.symbol());
            assertThat(w.withdrawalReason()).isEqualTo("Sai giờ họp");
            assertThat(w.withdrawnBy()).isEqualTo("Trần Thị Mai");
        });
        IssuedInfo again = documents.sign(id, invitation.ref(), new SignInput(Role.VICE_PRINCIPAL,
                LocalDate.of(2024, 11, 5)));
        assertThat(again.number()).isEqualTo(kt.number() + 1);
        assertThat(pdfText(documents.pdf(id, invitation.ref()).bytes())).contains("Số: " + again.symbol());
        TestUsers.signIn(accounts, "hieutruong");

        // Refused by content, and nothing is kept.
        assertThatThrownBy(() -> documents.uploadScan(id, plan, "ke-hoach.pdf", Scans.text()))
                .hasMessage("documents.scan.notReallyPdf");
        assertThatThrownBy(() -> documents.uploadScan(id, plan, "ke-hoach.docx",
                documents.docx(id, plan).bytes())).hasMessage("documents.scan.wrongType");
        assertThatThrownBy(() -> documents.uploadScan(id, plan, "ke-hoach.pdf", Scans.oversizedPdf()))
                .hasMessage("documents.scan.tooLarge");
        assertThat(row(id, DocumentKind.PLAN).scans()).isEmpty();
        documents.uploadScan(id, plan, "ke-hoach.pdf", Scans.pdf());
        assertThat(row(id, DocumentKind.PLAN).scans()).hasSize(1);
    }

    /**
     * Signs as the person who holds the document's signing role: the principal, a department head for their
     * department's minutes, the union chair for the union's decision, the ballot count's head (a staff member).
     */
    private IssuedInfo signAsHolder(long id, DocumentRow r) {
        List<String> people = r.ref().kind() == DocumentKind.BALLOT_COUNT ? List.of("totruongxh")
                : List.of("hieutruong", "ctcongdoan", "totruongth", "totruongtn", "totruongxh", "totruongvp");
        for (String username : people) {
            TestUsers.signIn(accounts, username);
            DocumentRow mine = documents.documents(id).stream().filter(x -> x.ref().equals(r.ref())).findFirst()
                    .orElseThrow();
            if (!mine.myCapacities().isEmpty()) {
                IssuedInfo info = documents.sign(id, r.ref(), new SignInput(mine.myCapacities().get(0),
                        r.naturalDate()));
                TestUsers.signIn(accounts, "hieutruong");
                return info;
            }
        }
        throw new AssertionError("nobody may sign " + r.ref());
    }

    // ---- reading files back ----

    private DocumentRow row(long id, DocumentKind kind) {
        return documents.documents(id).stream().filter(r -> r.ref().kind() == kind).findFirst().orElseThrow();
    }

    private static String key(DocumentRow r) {
        return r.ref().kind() + (r.ref().kind().perDepartment() ? "-" + r.ref().departmentId() : "");
    }

    /** The PDF and the DOCX of one document both say each of these. */
    private static void both(Map<String, String> pdfs, Map<String, String> docxs, String key, String... expected) {
        assertThat(pdfs.get(key)).as("PDF of %s", key).contains(expected);
        assertThat(docxs.get(key)).as("DOCX of %s", key).contains(expected);
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normal(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return normal(extractor.getText());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** One space for any run of white space (lines wrap, table cells split), and composed Vietnamese letters. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** A4, and every font in it is Liberation Serif, embedded. */
    private static void assertPdfLayout(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertThat(Math.round(page.getMediaBox().getWidth())).isEqualTo(595);
                assertThat(Math.round(page.getMediaBox().getHeight())).isEqualTo(842);
                List<PDFont> fonts = new ArrayList<>();
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                assertThat(fonts).allSatisfy(f -> {
                    assertThat(f.getName()).contains("LiberationSerif");
                    assertThat(f.isEmbedded()).isTrue();
                });
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(e.getName(), out.toByteArray());
            }
        }
        return entries;
    }

    /** Keeps a copy under target/ so a person can open every generated file and look at it. */
    private static void keep(FileContent f) throws IOException {
        Path dir = Path.of("target", "documents-samples", "walk");
        Files.createDirectories(dir);
        Files.write(dir.resolve(f.fileName()), f.bytes());
    }
}
