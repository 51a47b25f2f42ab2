package com.spakiosk.menu;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code menu_text} table: the menu's words in German and Russian. Small (a few hundred rows),
 * read whole into the menu cache and written by the editor, the import and the demo spa.
 */
@Component
public class MenuTextStore {

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager em;

    MenuTextStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every text, by language and key. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        jdbc.query("select locale, text_key, translated from menu_text", rs -> {
            byLanguage.computeIfAbsent(rs.getString(1), l -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        return byLanguage;
    }

    /** Sets the text under a key; a blank text removes it, so the item falls back to English. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(Locale locale, String key, String text) {
        String language = locale.getLanguage();
        jdbc.update("delete from menu_text where locale = ? and text_key = ?", language, key);
        if (text != null && !text.isBlank()) {
            jdbc.update("insert into menu_text (locale, text_key, translated) values (?, ?, ?)",
                    language, key, text.strip());
        }
    }

    /**
     * Copies the shipped German and Russian words ({@link BundledMenuTexts}) of the items the
     * database holds, keeping any text already there; returns how many it copied.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int importBundled() {
        em.flush();
        return jdbc.execute((ConnectionCallback<Integer>) BundledMenuTexts::copyInto);
    }

    /** Moves every text of an item to its new code (the keys are "kind.CODE..."). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renameOwner(String kind, String oldCode, String newCode) {
        String oldPrefix = kind + "." + oldCode + ".";
        String newPrefix = kind + "." + newCode + ".";
        jdbc.update("update menu_text set text_key = cast(? as varchar(200)) || substring(text_key, ?) where text_key like ?",
                newPrefix, oldPrefix.length() + 1, escapeLike(oldPrefix) + "%");
        jdbc.update("update menu_text set text_key = ? where text_key = ?", kind + "." + newCode, kind + "." + oldCode);
    }

    /** Removes every text of an item ("kind.CODE..."), e.g. a protocol about to be written anew. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeOwner(String kind, String code) {
        String prefix = kind + "." + code + ".";
        jdbc.update("delete from menu_text where text_key like ?", escapeLike(prefix) + "%");
    }

    /**
     * Moves the refusal texts that name a renamed treatment or add-on as their target
     * ({@code blocked.<QUESTION>.<CODE>}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renameTarget(String oldCode, String newCode) {
        jdbc.update("update menu_text set text_key = substring(text_key, 1, length(text_key) - ?) || cast(? as varchar(200)) "
                        + "where text_key like ? and text_key like ?",
                oldCode.length(), newCode, "blocked.%", "%." + escapeLike(oldCode));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
