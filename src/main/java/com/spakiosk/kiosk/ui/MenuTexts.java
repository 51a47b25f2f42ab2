package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The menu's and the screening's words in the guest's language. English is what the database
 * holds; German and Russian come from {@code menu-content/content_*.properties}, keyed by code,
 * and fall back to the database text where a key is missing.
 */
final class MenuTexts {

    static final String BUNDLE = "menu-content.content";

    private final Locale locale;

    MenuTexts(Locale locale) {
        this.locale = locale;
    }

    String name(MenuTreatment t) {
        return text("treatment." + t.code() + ".name", t.name());
    }

    String summary(MenuTreatment t) {
        return text("treatment." + t.code() + ".summary", t.summary());
    }

    String description(MenuTreatment t) {
        return text("treatment." + t.code() + ".description", t.description());
    }

    String helpsWith(MenuTreatment t) {
        return text("treatment." + t.code() + ".helpsWith", t.helpsWith());
    }

    String name(MenuAddOn a) {
        return text("addOn." + a.code() + ".name", a.name());
    }

    String description(MenuAddOn a) {
        return text("addOn." + a.code() + ".description", a.description());
    }

    String option(MenuAddOn a, MenuAddOn.Option option) {
        return text("option." + a.code() + "." + option.code(), option.label());
    }

    String question(ScreeningQuestion q) {
        return text("question." + q.getCode(), q.getQuestion());
    }

    /** Why a question's answer rules something out, in the guest's words. */
    String blockedReason(String questionCode, String fallback) {
        return text("blocked." + questionCode, fallback);
    }

    private String text(String key, String fallback) {
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
