package com.spakiosk.menu;

import java.util.Locale;
import java.util.Map;

/**
 * The menu's words in one language. English is what the items' own rows hold; German and Russian
 * come from the {@code menu_text} table ({@link MenuTextStore}), keyed by code ({@link MenuTextKeys}),
 * and fall back to the English where a text is missing (a manager's new item stays in English
 * until it is translated). Shared by the kiosk, the desk and the manager's preview; get one from
 * {@link MenuService#content(Locale)}.
 */
public final class MenuContent {

    private final Locale locale;
    private final Map<String, String> texts;

    public MenuContent(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
    }

    public Locale locale() {
        return locale;
    }

    public String name(MenuTreatment t) {
        return text(MenuTextKeys.treatment(t.code(), "name"), t.name());
    }

    public String summary(MenuTreatment t) {
        return text(MenuTextKeys.treatment(t.code(), "summary"), t.summary());
    }

    public String description(MenuTreatment t) {
        return text(MenuTextKeys.treatment(t.code(), "description"), t.description());
    }

    public String helpsWith(MenuTreatment t) {
        return text(MenuTextKeys.treatment(t.code(), "helpsWith"), t.helpsWith());
    }

    public String name(MenuAddOn a) {
        return text(MenuTextKeys.addOn(a.code(), "name"), a.name());
    }

    public String description(MenuAddOn a) {
        return text(MenuTextKeys.addOn(a.code(), "description"), a.description());
    }

    /** An add-on's option (an oil) by its code, offered or retired; the code itself when the add-on never had it. */
    public String option(MenuAddOn a, String optionCode) {
        String label = java.util.stream.Stream.concat(a.options().stream(), a.retiredOptions().stream())
                .filter(o -> o.code().equals(optionCode)).map(MenuAddOn.Option::label).findFirst().orElse(optionCode);
        return text(MenuTextKeys.option(a.code(), optionCode), label);
    }

    /** A room's name as guests read it ({@code room.<CODE>}), e.g. on the kiosk's review and the desk's slip. */
    public String room(String roomCode, String name) {
        return text("room." + roomCode, name);
    }

    public String title(String treatmentCode, MenuProtocolStep step) {
        return text(MenuTextKeys.step(treatmentCode, step.order(), "title"), step.title());
    }

    public String instruction(String treatmentCode, MenuProtocolStep step) {
        return text(MenuTextKeys.step(treatmentCode, step.order(), "instruction"), step.instruction());
    }

    public String question(String questionCode, String english) {
        return text(MenuTextKeys.question(questionCode), english);
    }

    /**
     * Why a screening answer refused a treatment or add-on: the words for this question and this
     * target ({@code blocked.<QUESTION>.<CODE>}) where a rule of its own refused it, else the
     * question's ({@code blocked.<QUESTION>}), else the database's English.
     */
    public String blockedReason(String questionCode, String targetCode, String fallback) {
        return text(MenuTextKeys.blocked(questionCode, targetCode),
                text(MenuTextKeys.blocked(questionCode, null), fallback));
    }

    /** The text under {@code key} in this language, or {@code fallback} (the database's English). */
    public String text(String key, String fallback) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return fallback;
        }
        return texts.getOrDefault(key, fallback);
    }
}
