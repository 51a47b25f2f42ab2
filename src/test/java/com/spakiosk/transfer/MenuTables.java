package com.spakiosk.transfer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The menu's and the screening's tables as text, to compare before and after an import that must change nothing. */
final class MenuTables {

    static final List<String> TABLES = List.of("treatment", "treatment_variant", "treatment_body_area", "protocol_step",
            "add_on", "add_on_option", "add_on_body_area", "add_on_treatment", "screening_question",
            "contraindication_rule", "menu_text", "menu_change", "resource_version", "booking");

    private MenuTables() {
    }

    static Map<String, List<String>> contents(JdbcTemplate jdbc) {
        Map<String, List<String>> contents = new TreeMap<>();
        for (String table : TABLES) {
            contents.put(table, jdbc.queryForList("select * from " + table).stream()
                    .map(row -> new TreeMap<>(row).toString()).sorted().toList());
        }
        return contents;
    }

    /** Deletes the menu, the screening and the bookings that name them: a spa that has not written its menu yet. */
    static void empty(JdbcTemplate jdbc) {
        for (String table : List.of("booking", "contraindication_rule", "screening_question", "add_on", "treatment",
                "menu_text", "menu_change")) {
            jdbc.update("delete from " + table);
        }
    }
}
