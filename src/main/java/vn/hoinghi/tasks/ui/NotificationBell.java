package vn.hoinghi.tasks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

import vn.hoinghi.shared.HeaderItem;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.Notices;
import vn.hoinghi.tasks.Notices.NoticeView;

/** The bell in the header: the unread count, and a list of notifications each leading to its task. */
@Component
class NotificationBell implements HeaderItem {

    private final Notices notices;

    NotificationBell(Notices notices) {
        this.notices = notices;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notices);
    }

    static class Bell extends Button {

        private final Notices notices;
        private final Span badge = new Span();
        private Registration navigation;

        Bell(Notices notices) {
            this.notices = notices;
            addClassName("notification-bell");
            addThemeVariants(ButtonVariant.TERTIARY);
            setIcon(VaadinIcon.BELL.create());
            badge.addClassName("bell-count");
            badge.getElement().getThemeList().add("badge error small pill");
            badge.getElement().setAttribute("aria-hidden", "true");
            getElement().appendChild(badge.getElement());
            addClickListener(e -> open());
            refresh();
        }

        @Override
        protected void onAttach(AttachEvent event) {
            // the count follows the person from page to page
            navigation = event.getUI().addAfterNavigationListener(e -> refresh());
        }

        @Override
        protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
            if (navigation != null) {
                navigation.remove();
            }
        }

        void refresh() {
            int unread = notices.unreadCount();
            badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            setAriaLabel(getTranslation("notice.bell", unread));
            getElement().setAttribute("title", getTranslation("notice.bell", unread));
        }

        int unread() {
            return notices.unreadCount();
        }

        void open() {
            Dialog dialog = new Dialog();
            dialog.addClassName("notification-dialog");
            dialog.setHeaderTitle(getTranslation("notice.title"));
            Div list = new Div();
            list.addClassName("notification-list");
            var mine = notices.mine(30);
            if (mine.isEmpty()) {
                list.add(new Paragraph(getTranslation("notice.none")));
            }
            for (NoticeView n : mine) {
                list.add(item(n, dialog));
            }
            Checkbox email = new Checkbox(getTranslation("notice.emailEnabled"), notices.emailEnabled());
            email.addClassName("notification-email");
            email.addValueChangeListener(e -> notices.setEmailEnabled(e.getValue()));
            Button allRead = new Button(getTranslation("notice.markAllRead"), e -> {
                notices.markAllRead();
                refresh();
                dialog.close();
            });
            allRead.addThemeVariants(ButtonVariant.TERTIARY);
            dialog.add(list, email);
            dialog.getFooter().add(allRead, new Button(getTranslation("documents.close"), e -> dialog.close()));
            dialog.open();
        }

        private com.vaadin.flow.component.Component item(NoticeView n, Dialog dialog) {
            Object[] args = n.args().stream().map(a -> a.startsWith("#") ? getTranslation(a.substring(1)) : a)
                    .toArray();
            Button line = new Button(getTranslation(n.messageKey(), args) + " · " + Texts.dateTime(n.createdAt()));
            line.addClassName("notification");
            line.addClassName(n.read() ? "read" : "unread");
            line.addThemeVariants(ButtonVariant.TERTIARY);
            line.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start")
                    .set("font-weight", n.read() ? "normal" : "bold");
            if (!n.read()) {
                line.setAriaLabel(getTranslation("notice.unread", line.getText()));
            }
            line.addClickListener(e -> {
                notices.markRead(n.id());
                dialog.close();
                refresh();
                if (n.link() != null) {
                    UI.getCurrent().navigate(n.link());
                }
            });
            return line;
        }
    }
}
