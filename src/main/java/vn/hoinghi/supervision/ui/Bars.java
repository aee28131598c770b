package vn.hoinghi.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A small horizontal bar chart of counts from plain elements (Vaadin Charts is a paid add-on). */
class Bars extends Div {

    record Bar(String label, long count, String color) {
    }

    Bars(String title, List<Bar> bars) {
        addClassName("tracker-chart");
        getStyle().set("flex", "1 1 20rem").set("min-width", "16rem");
        add(new H3(title));
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.getStyle().set("flex", "0 0 11rem").set("font-size", "var(--lumo-font-size-s)");
            Div fill = new Div();
            fill.getStyle().set("height", "0.9rem").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", bar.color()).set("width", (100.0 * bar.count() / max) + "%")
                    .set("min-width", bar.count() > 0 ? "2px" : "0");
            Div track = new Div(fill);
            track.getStyle().set("flex", "1 1 auto").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            Span count = new Span(String.valueOf(bar.count()));
            count.getStyle().set("flex", "0 0 2.5rem").set("text-align", "right").set("font-weight", "600");
            Div row = new Div(label, track, count);
            row.addClassName("tracker-bar");
            row.getElement().setAttribute("aria-label", bar.label() + ": " + bar.count());
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                    .set("margin", "2px 0");
            add(row);
        }
    }
}
