package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import java.util.Locale;

/**
 * The menu's and the screening's words in the guest's language ({@link MenuContent}: English
 * from the database, German and Russian from {@code menu-content/}, keyed by code).
 */
final class MenuTexts {

    private final MenuContent content;

    MenuTexts(Locale locale) {
        this.content = new MenuContent(locale);
    }

    String name(MenuTreatment t) {
        return content.name(t);
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
        return content.name(a);
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
    String blockedReason(ScreeningAdvice.Reason reason) {
        return content.blockedReason(reason.questionCode(), reason.targetCode(), reason.text());
    }

    private String text(String key, String fallback) {
        return content.text(key, fallback);
    }
}
