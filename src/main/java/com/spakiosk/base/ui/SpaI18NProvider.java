package com.spakiosk.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The languages of the UI, English first: a browser asking for a language we do not have
 * gets English. Texts live in {@code vaadin-i18n/translations*.properties}, written as ICU
 * messages, so that counts take each language's plural forms
 * ({@code {0, plural, one {# minute} other {# minutes}}}; Russian has one, few and many).
 */
@Component
public class SpaI18NProvider implements I18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.of("ru"));
    static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
        try {
            String text = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
