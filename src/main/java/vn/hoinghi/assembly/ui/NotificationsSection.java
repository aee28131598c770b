package vn.hoinghi.assembly.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.assembly.NotificationService;
import vn.hoinghi.assembly.NotificationService.NotificationView;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.InboxSection;

/** Under the inbox's tasks: the signed-in person's notifications (reminders, escalations). */
@Component
class NotificationsSection implements InboxSection {

    private final NotificationService notifications;

    NotificationsSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        panel.addClassName("inbox-notifications");
        panel.setWidthFull();
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        panel.add(new H3(panel.getTranslation("inbox.notifications.heading")), list);
        List<NotificationView> mine = notifications.mine();
        if (mine.isEmpty()) {
            Span none = new Span(panel.getTranslation("inbox.notifications.none"));
            none.addClassName("hint");
            list.add(none);
            return panel;
        }
        for (NotificationView n : mine) {
            Span when = new Span(Texts.dateTime(n.createdAt()));
            when.addClassName("hint");
            Span what = new Span(panel.getTranslation(n.messageKey(), n.args()));
            Div item = new Div(when, new Text(" "), what);
            item.addClassName("notification-item");
            list.add(item);
        }
        return panel;
    }
}
