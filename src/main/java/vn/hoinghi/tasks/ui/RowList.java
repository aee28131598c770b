package vn.hoinghi.tasks.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Repeatable rows where the paper has a list: feedback points, candidates, targets, votes. */
@org.springframework.modulith.NamedInterface("ui")
public class RowList<R extends Component & RowList.Row<V>, V> extends VerticalLayout {

    public interface Row<V> {
        /** The row's value, or null when the row was left empty. */
        V value();
    }

    private final Supplier<R> factory;
    private final List<R> rows = new ArrayList<>();
    private final VerticalLayout body = new VerticalLayout();

    public RowList(Supplier<R> factory, String addLabel) {
        this.factory = factory;
        setPadding(false);
        body.setPadding(false);
        body.setSpacing(false);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(body, add);
    }

    public R addRow() {
        R row = factory.get();
        rows.add(row);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("form.removeRow"));
        HorizontalLayout line = new HorizontalLayout(row, remove);
        line.setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        line.expand(row);
        remove.addClickListener(e -> {
            rows.remove(row);
            body.remove(line);
        });
        body.add(line);
        return row;
    }

    /** Adds empty rows, or removes the last ones, until there are n (a saved draft had n rows). */
    public void resize(int n) {
        while (rows.size() < n) {
            addRow();
        }
        while (rows.size() > Math.max(n, 0)) {
            rows.remove(rows.size() - 1);
            body.remove(body.getComponentAt(body.getComponentCount() - 1));
        }
    }

    public List<V> values() {
        return rows.stream().map(Row::value).filter(java.util.Objects::nonNull).toList();
    }

    public List<R> rows() {
        return List.copyOf(rows);
    }

    /** The rows that were filled in, in the order of {@link #values()}: a refusal's row index counts these. */
    public List<R> filledRows() {
        return rows.stream().filter(r -> r.value() != null).toList();
    }
}
