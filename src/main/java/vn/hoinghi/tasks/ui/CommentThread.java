package vn.hoinghi.tasks.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.TaskComments;
import vn.hoinghi.tasks.TaskComments.Colleague;
import vn.hoinghi.tasks.TaskComments.CommentView;

/**
 * A comment thread (a task's or the assembly's): the comments, oldest first, and a box to add one. Picking a
 * colleague writes "@username" into the text; that colleague is notified when the comment is sent.
 */
@NamedInterface("ui")
public class CommentThread extends VerticalLayout {

    private final Supplier<List<CommentView>> load;
    private final Function<String, CommentView> post;
    private final Div list = new Div();
    private final TextArea text = new TextArea();

    public CommentThread(Supplier<List<CommentView>> load, Function<String, CommentView> post,
                         List<Colleague> colleagues) {
        this.load = load;
        this.post = post;
        addClassName("comment-thread");
        setPadding(false);
        list.addClassName("comment-list");
        list.setWidthFull();

        text.setLabel(getTranslation("comment.label"));
        text.setHelperText(getTranslation("comment.hint", TaskComments.MAX_LENGTH));
        text.setMaxLength(TaskComments.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidthFull();
        text.addClassName("comment-text");

        ComboBox<Colleague> mention = new ComboBox<>(getTranslation("comment.mention"));
        mention.setItems((c, filter) -> Texts.matches(c.fullName(), filter) || Texts.matches(c.username(), filter),
                colleagues);
        mention.setItemLabelGenerator(Colleague::fullName);
        mention.addClassName("comment-mention");
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String current = text.getValue() == null ? "" : text.getValue();
                text.setValue((current.isEmpty() || current.endsWith(" ") ? current : current + " ")
                        + "@" + e.getValue().username() + " ");
                mention.clear();
                text.focus();
            }
        });
        Button send = new Button(getTranslation("comment.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("comment-send");
        FlexLayout actions = new FlexLayout(mention, send);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        add(list, text, actions);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        reload();
    }

    private void send() {
        try {
            post.apply(text.getValue());
            text.clear();
            text.setInvalid(false);
            Errors.showSuccess(getTranslation("comment.sent"));
            reload();
        } catch (BusinessRuleException rule) {
            text.setErrorMessage(getTranslation(rule.messageKey(), rule.args()));
            text.setInvalid(true);
        } catch (RuntimeException other) {
            Errors.run(this, () -> {
                throw other;
            });
        }
    }

    private void reload() {
        list.removeAll();
        List<CommentView> comments = load.get();
        if (comments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("comment.none"));
            none.addClassName("hint");
            list.add(none);
        }
        for (CommentView c : comments) {
            Div item = new Div();
            item.addClassName("comment");
            Span author = new Span(c.authorName());
            author.addClassName("comment-author");
            author.getStyle().set("font-weight", "600");
            Div head = new Div(author, new Span(" · " + Texts.dateTime(c.at())));
            head.addClassName("comment-head");
            Div body = new Div();
            body.addClassName("comment-body");
            body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            // @username shows as the colleague's name
            String shown = c.text();
            for (var m : c.mentions().entrySet()) {
                shown = shown.replace("@" + m.getKey(), "@" + m.getValue());
            }
            body.setText(shown);
            item.add(head, body);
            list.add(item);
        }
    }
}
