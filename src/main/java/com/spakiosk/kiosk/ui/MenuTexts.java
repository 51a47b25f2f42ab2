package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.staff.Room;

/**
 * The menu's and the screening's words in the guest's language ({@link MenuContent}), named the
 * way the kiosk's steps ask for them.
 */
final class MenuTexts {

    private final MenuContent content;

    MenuTexts(MenuContent content) {
        this.content = content;
    }

    java.util.Locale locale() {
        return content.locale();
    }

    String name(MenuTreatment t) {
        return content.name(t);
    }

    String summary(MenuTreatment t) {
        return content.summary(t);
    }

    String description(MenuTreatment t) {
        return content.description(t);
    }

    String helpsWith(MenuTreatment t) {
        return content.helpsWith(t);
    }

    String name(MenuAddOn a) {
        return content.name(a);
    }

    String description(MenuAddOn a) {
        return content.description(a);
    }

    String option(MenuAddOn a, MenuAddOn.Option option) {
        return content.option(a, option.code());
    }

    String room(Room r) {
        return content.room(r.getCode(), r.getName());
    }

    String question(ScreeningQuestion q) {
        return content.question(q.getCode(), q.getQuestion());
    }

    /** Why a question's answer rules something out, in the guest's words. */
    String blockedReason(ScreeningAdvice.Reason reason) {
        return content.blockedReason(reason.questionCode(), reason.targetCode(), reason.text());
    }
}
