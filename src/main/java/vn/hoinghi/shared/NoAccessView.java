package vn.hoinghi.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The app's own page, inside its layout, for a page that does not exist or that the person may not open (Vaadin
 * says the same of both, so as not to tell which pages exist), instead of Vaadin's bare English one.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(VerticalLayout page) {
        page.removeAll();
        page.addClassName("page");
        page.addClassName("no-access");
        page.add(new H2(page.getTranslation("error.noAccess.title")),
                new Paragraph(page.getTranslation("error.noAccess.text")),
                new Anchor("", page.getTranslation("error.page.home")));
    }

    /** The same page where Vaadin refuses by access annotation (development mode names it so). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static class Denied extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            show(this);
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }
}
