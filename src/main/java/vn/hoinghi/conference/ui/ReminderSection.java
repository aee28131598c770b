package vn.hoinghi.conference.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import vn.hoinghi.conference.Nominations;
import vn.hoinghi.conference.Nominations.Reminder;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.InboxSection;

/** Under a principal's inbox: the body's reminder that the school's award nominations are due. */
@Component
class ReminderSection implements InboxSection {

    private final Nominations nominations;

    ReminderSection(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        List<Reminder> mine = nominations.reminders();
        if (mine.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        panel.addClassName("conference-reminders");
        panel.add(new H3(panel.getTranslation("conference.reminders.title")));
        for (Reminder r : mine) {
            Span item = new Span(panel.getTranslation("conference.reminders.item", r.conferenceTitle(),
                    Texts.date(r.deadline())));
            item.addClassName("due-soon");
            panel.add(new Div(item));
        }
        return panel;
    }
}
