package vn.hoinghi.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.DraftKind;

/** What a task's draft keeps of a form: every input, rows included, read back into a freshly built form. */
class FormSnapshotTest {

    record Person(long id, String name) {
    }

    static final List<Person> PEOPLE = List.of(new Person(1, "Lan"), new Person(2, "Hùng"), new Person(3, "Mai"));

    static class Line extends HorizontalLayout implements RowList.Row<String> {
        final TextArea text = new TextArea();
        final IntegerField votes = new IntegerField();

        Line() {
            add(text, votes);
        }

        @Override
        public String value() {
            return text.getValue().isEmpty() ? null : text.getValue();
        }
    }

    /** A form as a task form builds it: fields, a choice of people, a list of rows. */
    static class Form extends VerticalLayout {
        final TextArea notes = new TextArea();
        final DatePicker heldOn = new DatePicker();
        final Select<DraftKind> kind = new Select<>();
        final ComboBox<Person> chair = new ComboBox<>();
        final MultiSelectComboBox<Person> present = new MultiSelectComboBox<>();
        final RowList<Line, String> lines = new RowList<>(Line::new, "+");

        Form() {
            kind.setItems(DraftKind.values());
            chair.setItems(PEOPLE);
            present.setItems(PEOPLE);
            lines.addRow();
            add(notes, heldOn, kind, chair, present, lines);
        }
    }

    @Test
    void a_half_filled_form_comes_back_with_every_value_and_row() {
        Form typed = new Form();
        typed.notes.setValue("Biên bản đang ghi dở\ndòng thứ hai: 50% = ý kiến");
        typed.heldOn.setValue(LocalDate.of(2023, 9, 22));
        typed.kind.setValue(DraftKind.FINANCE_REPORT);
        typed.chair.setValue(PEOPLE.get(1));
        typed.present.setValue(Set.of(PEOPLE.get(0), PEOPLE.get(2)));
        typed.lines.addRow();
        typed.lines.addRow();
        typed.lines.rows().get(2).text.setValue("ý kiến thứ ba");
        typed.lines.rows().get(2).votes.setValue(17);

        String saved = FormSnapshot.write(FormSnapshot.take(typed));
        Form reopened = new Form();
        FormSnapshot.restore(reopened, FormSnapshot.read(saved));

        assertThat(reopened.notes.getValue()).isEqualTo("Biên bản đang ghi dở\ndòng thứ hai: 50% = ý kiến");
        assertThat(reopened.heldOn.getValue()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(reopened.kind.getValue()).isEqualTo(DraftKind.FINANCE_REPORT);
        assertThat(reopened.chair.getValue()).isEqualTo(PEOPLE.get(1));
        assertThat(reopened.present.getValue()).containsExactlyInAnyOrder(PEOPLE.get(0), PEOPLE.get(2));
        assertThat(reopened.lines.rows()).hasSize(3);
        assertThat(reopened.lines.rows().get(2).text.getValue()).isEqualTo("ý kiến thứ ba");
        assertThat(reopened.lines.rows().get(2).votes.getValue()).isEqualTo(17);
        assertThat(FormSnapshot.take(reopened)).isEqualTo(FormSnapshot.take(typed));
    }

    @Test
    void a_form_untouched_since_it_was_built_has_no_changes_and_one_edit_is_a_change() {
        Form a = new Form();
        Map<String, String> baseline = FormSnapshot.take(a);
        assertThat(FormSnapshot.take(new Form())).isEqualTo(baseline);
        a.notes.setValue("x");
        assertThat(FormSnapshot.take(a)).isNotEqualTo(baseline);
    }

    @Test
    void rows_removed_since_the_draft_was_saved_are_removed_again_and_a_choice_gone_is_left_empty() {
        Form typed = new Form();
        typed.chair.setValue(PEOPLE.get(2));
        Map<String, String> saved = FormSnapshot.take(typed);
        Form reopened = new Form();
        reopened.lines.addRow();
        reopened.chair.setItems(PEOPLE.subList(0, 2));
        FormSnapshot.restore(reopened, saved);
        assertThat(reopened.lines.rows()).hasSize(1);
        assertThat(reopened.chair.getValue()).isNull();
    }
}
