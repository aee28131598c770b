package vn.hoinghi.tasks.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ProcessDiagrams;
import vn.hoinghi.tasks.ProcessDiagrams.Diagram;
import vn.hoinghi.tasks.ProcessDiagrams.StepState;
import vn.hoinghi.tasks.ProcessDiagrams.WaitingTask;

/**
 * The process as a picture: the BPMN diagram with the steps done, waiting and overdue marked in colour and in
 * words, a legend, and the waiting tasks as a list of links (the same links as the picture's, for keyboards and
 * screen readers).
 */
@NamedInterface("ui")
public class ProcessPicture extends VerticalLayout {

    static final String TASK_ROUTE = "task/";

    public ProcessPicture(ProcessDiagrams diagrams, String processInstanceId) {
        addClassName("process-picture");
        setPadding(false);
        Diagram diagram = diagrams.of(processInstanceId);
        add(new H3(getTranslation("diagram.heading")));

        Div legend = new Div();
        legend.addClassName("diagram-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("diagram.legend"));
        for (StepState s : StepState.values()) {
            Span item = new Span(getTranslation(stateKey(s)));
            item.addClassNames("step-badge", "step-badge-" + css(s));
            legend.add(item);
        }
        add(legend);

        DiagramElement picture = new DiagramElement();
        picture.getElement().setAttribute("role", "figure");
        picture.getElement().setAttribute("aria-label", getTranslation("diagram.label"));
        picture.getElement().setProperty("xml", diagram.bpmnXml());
        List<Mark> marks = diagram.steps().stream().map(m -> new Mark(m.activityId(), css(m.state()),
                getTranslation(stateKey(m.state())), m.taskId() == null ? null : TASK_ROUTE + m.taskId())).toList();
        picture.getElement().setPropertyList("marks", marks);
        Set<String> links = marks.stream().map(Mark::href).filter(h -> h != null).collect(Collectors.toSet());
        // only a link the server handed out is followed
        picture.getElement().addEventListener("step-open", e -> {
            String href = e.getEventData().get("event.detail.href").asString();
            if (links.contains(href)) {
                UI.getCurrent().navigate(href);
            }
        }).addEventData("event.detail.href");
        Button fit = new Button(getTranslation("diagram.fit"), e -> picture.getElement().callJsFunction("fit"));
        fit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        fit.addClassName("diagram-fit");
        Span howTo = new Span(getTranslation("diagram.howTo"));
        howTo.addClassName("hint");
        Div tools = new Div(fit, howTo);
        tools.addClassName("diagram-tools");
        add(picture, tools);

        add(new H3(getTranslation("diagram.waiting")));
        if (diagram.waiting().isEmpty()) {
            add(new Span(getTranslation("diagram.nothingWaiting")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("diagram-waiting");
            for (WaitingTask w : diagram.waiting()) {
                ListItem item = new ListItem();
                item.add(w.mayOpen() ? new Anchor(TASK_ROUTE + w.taskId(), w.name()) : new Span(w.name()));
                String due = w.due() == null ? "" : " · " + getTranslation("diagram.due", Texts.dateTime(w.due()));
                Span state = new Span(" – " + getTranslation(stateKey(w.overdue() ? StepState.OVERDUE
                        : StepState.CURRENT)) + due);
                state.addClassName(w.overdue() ? "overdue" : "hint");
                item.add(state);
                list.add(item);
            }
            add(list);
        }
    }

    private static String stateKey(StepState s) {
        return "diagram.state." + s.name();
    }

    private static String css(StepState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the web component marks on one step. */
    record Mark(String id, String state, String label, String href) {
    }

    /** bpmn-js's viewer (frontend/components/process-diagram.js). */
    @Tag("process-diagram")
    @NpmPackage(value = "bpmn-js", version = "18.6.1")
    @JsModule("./components/process-diagram.js")
    @CssImport("bpmn-js/dist/assets/diagram-js.css")
    @CssImport("bpmn-js/dist/assets/bpmn-js.css")
    static class DiagramElement extends Component {
        DiagramElement() {
            addClassName("process-diagram");
        }
    }
}
