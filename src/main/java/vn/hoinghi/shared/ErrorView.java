package vn.hoinghi.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a stack trace when opening a page fails. */
@AnonymousAllowed
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        BusinessRuleException rule = Errors.findRule(parameter.getCaughtException());
        removeAll();
        addClassName("page");
        add(new H2(getTranslation("error.page.title")));
        if (rule != null) {
            add(new Paragraph(getTranslation(rule.messageKey(), rule.args())));
        } else {
            log.error("Failed to open {}", event.getLocation().getPath(), parameter.getCaughtException());
            add(new Paragraph(getTranslation("error.unexpected")));
        }
        add(new Anchor("", getTranslation("error.page.home")));
        return rule != null ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
