package com.spakiosk.menu;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * The demo spa's German and Russian words as shipped in {@code menu-content/content_*.properties}.
 * They reach the database once: with the demo spa, and (migration V16) into a spa whose menu
 * predates the {@code menu_text} table. After that the table is the only source, so that what a
 * manager edits or deletes stays edited or deleted.
 */
public final class BundledMenuTexts {

    static final String BUNDLE = "menu-content.content";

    /** The table holding the items of each kind of key. */
    private static final Map<String, String> TABLE_OF_KIND = Map.of(
            "treatment", "treatment", "step", "treatment",
            "addOn", "add_on", "option", "add_on",
            "question", "screening_question", "blocked", "screening_question",
            "room", "room");

    private BundledMenuTexts() {
    }

    /** Copies the shipped texts of every item the database holds into {@code menu_text}; returns how many. */
    public static int copyInto(java.sql.Connection connection) throws java.sql.SQLException {
        Map<String, java.util.Set<String>> codes = new java.util.HashMap<>();
        for (String table : new java.util.HashSet<>(TABLE_OF_KIND.values())) {
            var found = new java.util.HashSet<String>();
            try (var st = connection.createStatement(); var rs = st.executeQuery("select code from " + table)) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            codes.put(table, found);
        }
        Predicate<MenuTextKeys.Owner> exists = owner -> {
            String table = TABLE_OF_KIND.get(owner.kind());
            return table != null && codes.get(table).contains(owner.code());
        };
        int copied = 0;
        try (var insert = connection.prepareStatement(
                "insert into menu_text (locale, text_key, translated) select ?, ?, ? "
                        + "where not exists (select 1 from menu_text where locale = ? and text_key = ?)")) {
            for (Locale locale : MenuTextKeys.TRANSLATED) {
                for (var text : of(locale, exists).entrySet()) {
                    insert.setString(1, locale.getLanguage());
                    insert.setString(2, text.getKey());
                    insert.setString(3, text.getValue());
                    insert.setString(4, locale.getLanguage());
                    insert.setString(5, text.getKey());
                    copied += insert.executeUpdate();
                }
            }
        }
        return copied;
    }

    /**
     * The shipped texts of one language whose item exists ({@code exists} answers for a key's
     * {@link MenuTextKeys.Owner}), by key.
     */
    public static Map<String, String> of(Locale locale, Predicate<MenuTextKeys.Owner> exists) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            if (exists.test(MenuTextKeys.owner(key))) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
