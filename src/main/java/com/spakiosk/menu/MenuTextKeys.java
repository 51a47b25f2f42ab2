package com.spakiosk.menu;

import java.util.List;
import java.util.Locale;

/**
 * The keys under which the menu's and the screening's words are kept in other languages, one
 * place for the kiosk, the desk, the editor and the import. Every key starts with the kind of
 * item and its code, so a renamed code can take its words along.
 */
public final class MenuTextKeys {

    /** The languages the kiosk speaks besides English, which lives in the items' own rows. */
    public static final List<Locale> TRANSLATED = List.of(Locale.GERMAN, Locale.of("ru"));

    private MenuTextKeys() {
    }

    public static String treatment(String code, String field) {
        return "treatment." + code + "." + field;
    }

    public static String step(String treatmentCode, int order, String field) {
        return "step." + treatmentCode + "." + order + "." + field;
    }

    public static String addOn(String code, String field) {
        return "addOn." + code + "." + field;
    }

    public static String option(String addOnCode, String optionCode) {
        return "option." + addOnCode + "." + optionCode;
    }

    public static String question(String code) {
        return "question." + code;
    }

    /** Why a "yes" refuses something: the question's own words, or those for one target. */
    public static String blocked(String questionCode, String targetCode) {
        return targetCode == null ? "blocked." + questionCode : "blocked." + questionCode + "." + targetCode;
    }

    /** The item a key belongs to: its kind ("treatment", "step", "addOn", ...) and code. */
    public record Owner(String kind, String code) {
    }

    public static Owner owner(String key) {
        String[] parts = key.split("\\.", 3);
        return new Owner(parts[0], parts.length > 1 ? parts[1] : "");
    }
}
