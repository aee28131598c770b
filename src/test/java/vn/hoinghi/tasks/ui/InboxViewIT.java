package vn.hoinghi.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.tasks.TaskInbox.TaskRow;

class InboxViewIT extends KaribuSupport {

    @Autowired
    LaunchService launch;
    @Autowired
    TaskInbox inbox;
    @Autowired
    vn.hoinghi.school.SchoolDirectory directory;

    private void launchExtraordinary() {
        long schoolId = login("hieutruong").schoolId();
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear("2020-2021");
        f.setKind(AssemblyKind.EXTRAORDINARY);
        f.setRequestedBy(vn.hoinghi.assembly.RequestedBy.STAFF_PETITION);
        // every member signed the petition (at least a third must)
        f.setPetitionSignatures(directory.activeStaff(schoolId).size());
        f.setPetitionOn(LocalDate.of(2020, 9, 14));
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(2020, 9, 21));
        f.setKeyStaffOn(LocalDate.of(2020, 9, 22));
        f.setGroupMeetingsOn(LocalDate.of(2020, 9, 23));
        f.setPlenaryOn(LocalDate.of(2020, 9, 28));
        f.setFilingDeadline(LocalDate.of(2020, 10, 2));
        launch.launch(f);
    }

    @SuppressWarnings("unchecked")
    private static List<TaskRow> rows() {
        Grid<TaskRow> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void the_principal_sees_the_task_offered_to_the_role_marked_overdue_and_claims_it() {
        launchExtraordinary();
        UI.getCurrent().navigate("");
        TaskRow row = rows().stream().filter(r -> r.assemblyLabel().startsWith("2020-2021")).findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo("Hội nghị trù bị");
        assertThat(row.overdue()).isTrue();
        assertThat(row.claimable()).isTrue();

        inbox.claim(row.id());
        UI.getCurrent().navigate("");
        TaskRow claimed = rows().stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
        assertThat(claimed.assignedToMe()).isTrue();
        assertThat(claimed.releasable()).isTrue();

        // Claimed by the principal, the task has left every other principal's view of the group.
        login("giaovien");
        UI.getCurrent().navigate("");
        assertThat(rows()).extracting(TaskRow::id).doesNotContain(row.id());
    }

    @Test
    void search_finds_tasks_without_diacritics_and_opening_a_task_shows_its_form() {
        launchExtraordinary();
        UI.getCurrent().navigate("");
        _get(TextField.class).setValue("tru bi");
        assertThat(rows()).isNotEmpty().allMatch(r -> r.name().equals("Hội nghị trù bị"));
        _get(TextField.class).setValue("khong co viec nay");
        assertThat(rows()).isEmpty();

        String id = inbox.page("", 0, 50).get(0).id();
        UI.getCurrent().navigate("task/" + id);
        _get(TaskView.class);
        _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Hội nghị trù bị"));
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Lưu kết quả hội nghị trù bị"));
    }
}
