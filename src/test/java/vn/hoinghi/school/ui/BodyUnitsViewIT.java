package vn.hoinghi.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.school.BodyUnits;
import vn.hoinghi.school.BodyUnits.PersonRow;
import vn.hoinghi.school.BodyUnits.UnitRow;
import vn.hoinghi.security.BodyRole;

/** The body's offices, units and people: its leader manages them, its officers read them, nobody else. */
class BodyUnitsViewIT extends KaribuSupport {

    @Autowired BodyUnits bodyUnits;

    @Test
    void the_leader_adds_an_office_and_a_person_in_it_and_a_missing_name_is_shown_under_its_field() {
        long bodyId = login("lanhdao").supervisingBodyId();
        UI.getCurrent().navigate("body/units");
        BodyUnitsView view = _get(BodyUnitsView.class);
        assertThat(GridKt._findAll(view.units)).extracting(UnitRow::name)
                .contains("Phòng Văn hóa – Xã hội", "Văn phòng HĐND-UBND", "Bộ phận thi đua, khen thưởng");
        assertThat(GridKt._findAll(view.people)).filteredOn(p -> p.username().equals("vanphong"))
                .extracting(PersonRow::role, PersonRow::unitName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BodyRole.OFFICE_CLERK, "Văn phòng HĐND-UBND"));

        _click(view.addUnit);
        assertThat(view.unitName.isInvalid()).isTrue();
        assertThat(view.unitName.getErrorMessage()).isEqualTo("Hãy nhập tên phòng, đơn vị.");
        _setValue(view.unitName, "văn phòng hđnd-ubnd");
        _click(view.addUnit);
        assertThat(view.unitName.getErrorMessage()).as("names compare without case")
                .isEqualTo("Cơ quan đã có phòng, đơn vị „văn phòng hđnd-ubnd“.");
        String finance = "Phòng Tài chính – Kế hoạch " + System.nanoTime() % 10_000;
        _setValue(view.unitName, finance);
        _click(view.addUnit);
        assertThat(GridKt._findAll(view.units)).extracting(UnitRow::name).contains(finance);

        _click(view.addPerson);
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("person-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withClasses("save")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withClasses("full-name"));
        assertThat(name.getErrorMessage()).isEqualTo("Hãy nhập họ và tên.");
        _setValue(name, "Trịnh Văn Khoa");
        @SuppressWarnings("unchecked")
        Select<Long> unit = _get(dialog, Select.class, spec -> spec.withClasses("unit"));
        long financeId = bodyUnits.units(bodyId).stream().filter(u -> u.name().equals(finance)).findFirst()
                .orElseThrow().id();
        unit.setValue(financeId);
        _click(_get(dialog, Button.class, spec -> spec.withClasses("save")));
        Dialog password = _get(Dialog.class, spec -> spec.withClasses("one-time-password"));
        assertThat(_get(password, Span.class, spec -> spec.withClasses("password-value")).getText()).hasSize(12);
        assertThat(GridKt._findAll(view.people)).filteredOn(p -> p.fullName().equals("Trịnh Văn Khoa"))
                .extracting(PersonRow::unitName).containsExactly(finance);
        assertThat(GridKt._findAll(view.units)).filteredOn(u -> u.name().equals(finance))
                .extracting(UnitRow::people).containsExactly(1L);
    }

    @Test
    void an_officer_reads_the_units_but_cannot_change_them_and_a_school_cannot_see_them() {
        long bodyId = login("chuyenvien").supervisingBodyId();
        UI.getCurrent().navigate("body/units");
        BodyUnitsView view = _get(BodyUnitsView.class);
        assertThat(GridKt._size(view.units)).isGreaterThanOrEqualTo(4);
        assertThat(_find(view, Button.class, spec -> spec.withClasses("add-person"))).isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withClasses("move"))).isEmpty();
        assertThatThrownBy(() -> bodyUnits.addUnit(bodyId, "Phòng Nội vụ")).as("refused on the server too")
                .hasMessage("error.accessDenied");
        long planner = bodyUnits.people(bodyId).stream().filter(p -> p.username().equals("chuyenvien"))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> bodyUnits.place(planner, null, BodyRole.LEADER)).hasMessage("error.accessDenied");

        List<PersonRow> leaders = bodyUnits.people(bodyId).stream().filter(p -> p.role() == BodyRole.LEADER).toList();
        assertThat(leaders).extracting(PersonRow::username).containsExactly("lanhdao");
        login("lanhdao");
        assertThatThrownBy(() -> bodyUnits.place(leaders.get(0).id(), null, BodyRole.OFFICER))
                .as("the body keeps a leader").hasMessage("body.units.lastLeader");

        login("hieutruong");
        assertNoAccess("body/units");
    }

    @Test
    void the_system_administrator_picks_a_body_and_manages_its_units_and_people() {
        long bodyId = login("lanhdao").supervisingBodyId();
        login("quantrihethong");
        UI.getCurrent().navigate("body/units");
        BodyUnitsView view = _get(BodyUnitsView.class);
        assertThat(view.body).as("above every body, the administrator picks one").isNotNull();
        view.body.setValue(view.body.getListDataView().getItems().filter(b -> b.id() == bodyId).findFirst()
                .orElseThrow());
        assertThat(GridKt._findAll(view.units)).extracting(UnitRow::name).contains("Văn phòng HĐND-UBND");
        String legal = "Phòng Tư pháp " + System.nanoTime() % 10_000;
        _setValue(view.unitName, legal);
        _click(view.addUnit);
        assertThat(GridKt._findAll(view.units)).extracting(UnitRow::name).contains(legal);
        assertThat(bodyUnits.units(bodyId)).extracting(UnitRow::name).as("saved for that body").contains(legal);
        assertThat(_find(view, Button.class, spec -> spec.withClasses("add-person"))).as("and adds people")
                .hasSize(1);
    }
}
