package vn.hoinghi.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.hoinghi.assembly.AssemblyInfo;
import vn.hoinghi.assembly.PlenaryInfo;
import vn.hoinghi.assembly.AssemblyQueries.Overview;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.MeetingKind;
import vn.hoinghi.assembly.MeetingRecords.MeetingDetail;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolInfo;

/**
 * Everything the documents of one assembly are written from, read once per request. substitute: for a school
 * without a union, the title of who took the union's roles (null when the school has its union).
 */
record Facts(Overview overview, List<MeetingDetail> meetings, List<DepartmentInfo> departments, String principal,
             String vicePrincipal, String unionChair, Map<DocumentRef, IssuedDocument> issued,
             vn.hoinghi.school.LocalPractice practice, String substitute) {

    AssemblyInfo assembly() {
        return overview.assembly();
    }

    SchoolInfo school() {
        return overview.school();
    }

    String year() {
        return assembly().schoolYear();
    }

    Optional<MeetingDetail> preparatory() {
        return meetings.stream().filter(m -> m.kind() == MeetingKind.PREPARATORY).findFirst();
    }

    Optional<MeetingDetail> keyStaff() {
        return meetings.stream().filter(m -> m.kind() == MeetingKind.KEY_STAFF).reduce((a, b) -> b);
    }

    Optional<MeetingDetail> department(long departmentId) {
        return meetings.stream().filter(m -> m.kind() == MeetingKind.DEPARTMENT)
                .filter(m -> m.departmentId() != null && m.departmentId() == departmentId).findFirst();
    }

    List<MeetingDetail> plenaries() {
        return meetings.stream().filter(m -> m.kind() == MeetingKind.PLENARY).toList();
    }

    Optional<MeetingDetail> lastPlenary() {
        List<MeetingDetail> list = plenaries();
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    Optional<DraftView> draft(DraftKind kind) {
        return overview.drafts().stream().filter(d -> d.kind() == kind).findFirst();
    }

    boolean writtenBallot() {
        return overview.plenary().map(PlenaryInfo::writtenBallot).orElse(false);
    }

    Optional<IssuedDocument> issued(DocumentRef ref) {
        return Optional.ofNullable(issued.get(ref));
    }
}
