package vn.hoinghi.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.school.ProvinceRecords.AccountRow;
import vn.hoinghi.school.ProvinceRecords.BodyRow;

/** The province pages in a faked browser: only the system administrator reaches them; the bodies page at work. */
class ProvincePagesIT extends KaribuSupport {

    private static final List<String> PROVINCE_PAGES = List.of("province/schools", "province/import",
            "province/bodies", "province/accounts", "province/holidays");

    @Test
    void officers_and_school_staff_and_administrators_cannot_open_the_province_pages() {
        for (String username : List.of("chuyenvien", "quantri", "hieutruong")) {
            login(username);
            for (String page : PROVINCE_PAGES) {
                assertNoAccess(page);
            }
        }
        login("quantri");
        assertNoAccess("supervision/admins");
    }

    @Test
    void the_system_administrator_adds_a_body_and_a_missing_name_is_shown_under_its_field() {
        login("quantrihethong");
        UI.getCurrent().navigate("province/bodies");
        ProvinceBodiesView view = _get(ProvinceBodiesView.class);
        _click(_get(Button.class, spec -> spec.withClasses("add-body")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withClasses("save")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Tên cơ quan"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Hãy nhập tên cơ quan.");

        String newName = "Ủy ban nhân dân xã Trang " + System.nanoTime();
        _setValue(name, newName);
        _click(_get(dialog, Button.class, spec -> spec.withClasses("save")));
        List<BodyRow> rows = GridKt._findAll(view.grid);
        assertThat(rows).extracting(BodyRow::name).contains(newName);
    }

    @Test
    void an_officer_sees_the_administrators_of_their_own_schools() {
        login("chuyenvien");
        UI.getCurrent().navigate("supervision/admins");
        List<AccountRow> rows = GridKt._findAll(_get(BodyAdministratorsView.class).grid);
        assertThat(rows).extracting(AccountRow::username).contains("quantri")
                .allSatisfy(u -> assertThat(u).isNotEqualTo("quantrihethong"));
    }
}
