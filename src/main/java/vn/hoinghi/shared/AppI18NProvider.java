package vn.hoinghi.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** All user-facing text, Vietnamese first, English second, from messages*.properties. */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public AppI18NProvider() {
        // one bundle per area keeps the files readable; a key must be unique across them
        messages.setBasenames("messages", "i18n/admin", "i18n/inbox", "i18n/supervision", "i18n/roster",
                "i18n/documents", "i18n/province", "i18n/conference");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(false);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? VIETNAMESE : locale);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
