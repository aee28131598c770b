package vn.hoinghi.shared;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/** Lets a person switch between Vietnamese and English; remembered in a cookie. */
public class LanguageSwitch extends Select<Locale> {

    public static final String COOKIE = "hoinghi-lang";

    public LanguageSwitch() {
        setItems(AppI18NProvider.VIETNAMESE, AppI18NProvider.ENGLISH);
        setItemLabelGenerator(l -> l.getLanguage().equals("vi") ? "Tiếng Việt" : "English");
        setValue(UI.getCurrent() != null && UI.getCurrent().getLocale().getLanguage().equals("en")
                ? AppI18NProvider.ENGLISH : AppI18NProvider.VIETNAMESE);
        setAriaLabel("Ngôn ngữ / Language");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Cookie cookie = new Cookie(COOKIE, e.getValue().getLanguage());
                cookie.setPath("/");
                cookie.setMaxAge(60 * 60 * 24 * 365);
                if (VaadinService.getCurrentResponse() != null) {
                    VaadinService.getCurrentResponse().addCookie(cookie);
                }
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
