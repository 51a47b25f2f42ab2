package com.spakiosk.menu;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The menu's words in another language. English is what the database holds; German and Russian
 * come from {@code menu-content/content_*.properties}, keyed by code, and fall back to the
 * database text where a key is missing (a manager's new item stays in English). Shared by the
 * kiosk and the desk's session card.
 */
public final class MenuContent {

    public static final String BUNDLE = "menu-content.content";

    private final Locale locale;

    public MenuContent(Locale locale) {
        this.locale = locale;
    }

    public String name(MenuTreatment t) {
        return text("treatment." + t.code() + ".name", t.name());
    }

    public String name(MenuAddOn a) {
        return text("addOn." + a.code() + ".name", a.name());
    }

    /** An add-on's option (an oil) by its code; the code itself when the add-on no longer offers it. */
    public String option(MenuAddOn a, String optionCode) {
        String label = a.options().stream().filter(o -> o.code().equals(optionCode)).map(MenuAddOn.Option::label)
                .findFirst().orElse(optionCode);
        return text("option." + a.code() + "." + optionCode, label);
    }

    public String title(String treatmentCode, MenuProtocolStep step) {
        return text("step." + treatmentCode + "." + step.order() + ".title", step.title());
    }

    public String instruction(String treatmentCode, MenuProtocolStep step) {
        return text("step." + treatmentCode + "." + step.order() + ".instruction", step.instruction());
    }

    /**
     * Why a screening answer refused a treatment or add-on: the words for this question and this
     * target ({@code blocked.<QUESTION>.<CODE>}) where a rule of its own refused it, else the
     * question's ({@code blocked.<QUESTION>}), else the database's English.
     */
    public String blockedReason(String questionCode, String targetCode, String fallback) {
        return text("blocked." + questionCode + "." + targetCode, text("blocked." + questionCode, fallback));
    }

    /** The text under {@code key} in this language, or {@code fallback} (the database's English). */
    public String text(String key, String fallback) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return fallback;
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
