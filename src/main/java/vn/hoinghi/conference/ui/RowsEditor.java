package vn.hoinghi.conference.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The rows of one list of the plan, each a wrapping line of inputs with a remove button, and a button to add one. */
abstract class RowsEditor<R> extends VerticalLayout {

    protected final String prefix;
    protected final List<R> rows;
    protected final FieldMarks marks;
    private final Supplier<R> blank;
    private final Runnable changed;

    RowsEditor(String prefix, List<R> rows, Supplier<R> blank, FieldMarks marks, Runnable changed) {
        this.prefix = prefix;
        this.rows = rows;
        this.blank = blank;
        this.marks = marks;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        addClassName("conf-rows");
        addClassName("conf-rows-" + prefix);
    }

    final void render() {
        removeAll();
        marks.forget(prefix);
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            FlexLayout line = new FlexLayout();
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.addClassName("conf-row");
            fields(line, row, i);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(row);
                render();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("conference.form.removeRow"));
            remove.setTooltipText(getTranslation("conference.form.removeRow"));
            line.add(remove);
            add(line);
        }
        Button add = new Button(getTranslation("conference.form.addRow"), VaadinIcon.PLUS.create(), e -> {
            rows.add(blank.get());
            render();
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClassName("add-row");
        add(add);
    }

    protected String path(int index, String property) {
        return prefix + "[" + index + "]." + property;
    }

    protected void changed() {
        changed.run();
    }

    /** Adds the row's inputs to the line, each writing into the row and registered with its path. */
    protected abstract void fields(FlexLayout line, R row, int index);
}
