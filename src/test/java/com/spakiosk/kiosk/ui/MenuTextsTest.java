package com.spakiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** German and Russian menu content: the same keys in both, and every demo item covered. */
class MenuTextsTest {

    static Properties load(String language) throws Exception {
        var properties = new Properties();
        try (InputStream in = MenuTextsTest.class.getResourceAsStream("/menu-content/content_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void german_and_russian_have_the_same_keys() throws Exception {
        assertThat(load("ru").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("de").stringPropertyNames());
    }

    @Test
    void every_demo_treatment_add_on_option_question_and_room_is_translated() throws Exception {
        var keys = load("de").stringPropertyNames();
        for (String t : new String[] {"RELAXING_FOOT", "RELAXING_LEGS", "LYMPHATIC", "ANTI_CELLULITE", "PREVENTIVE", "THERAPEUTIC"}) {
            for (String field : new String[] {"name", "summary", "description", "helpsWith"}) {
                assertThat(keys).contains("treatment." + t + "." + field);
            }
        }
        for (String a : new String[] {"AROMATHERAPY", "HOT_STONES", "HERBAL_COMPRESS", "FOOT_SOAK"}) {
            assertThat(keys).contains("addOn." + a + ".name", "addOn." + a + ".description");
        }
        for (String q : new String[] {"THROMBOSIS", "LEG_SWELLING", "ACUTE_INFECTION", "CHRONIC_FLARE", "RECENT_INJURY",
                "BLOOD_DISORDER", "BLOOD_THINNERS", "CANCER_TREATMENT", "PREGNANCY", "FEET_SKIN", "LEG_SKIN", "OIL_ALLERGY",
                "HEAT_SENSITIVITY", "VARICOSE_VEINS"}) {
            assertThat(keys).contains("question." + q);
        }
        assertThat(keys).contains("option.AROMATHERAPY.LAVENDER", "option.AROMATHERAPY.EUCALYPTUS");
        assertThat(keys).contains("room.LINDEN", "room.BIRCH", "room.WILLOW", "room.FOOT_LOUNGE");
    }
}
