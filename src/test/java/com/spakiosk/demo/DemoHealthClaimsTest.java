package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.ScreeningService;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a guest reads in the demo spa promises no medical effect: a spa may say what a massage is
 * good for, not what it heals or prevents (in Germany the health advertising law). Every guest-facing
 * text (the menu, add-ons and screening in the database's English and in menu-content's German and
 * Russian, and the kiosk's own texts) is searched for the claims a review found, in each language.
 * The names of conditions that the screening asks about are allowed: asking is not promising.
 */
@SpringTest
class DemoHealthClaimsTest {

    /** Claims and words that suggest a medical service, per language (regular expressions, any case). */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "en", List.of("helps with", "\\bprevents?\\b", "reduces? swelling", "restless legs", "skin tone",
                    "\\bsleep", "arthritis", "arthrosis", "osteochondrosis", "radiculitis", "scoliosis", "heel spur",
                    "long flights?", "\\bcures?\\b", "quiet hour", "\\bimmun", "detox"),
            "de", List.of("hilft bei", "\\bvorbeugt\\b", "\\bbeugt\\b", "\\blinder(t|n)\\b", "unruhige", "Spannkraft",
                    "Schlaf", "\\bKur\\b", "Arthritis", "Arthrose", "Osteochondrose", "Radikulitis", "Skoliose",
                    "Fersensporn", "Flüge", "stille Stunde", "\\bheilt\\b", "\\bImmun", "Entgift"),
            "ru", List.of("помогает при", "предотвра", "уменьшает от[её]к", "беспокойн", "тонус", "\\bсн[аеу]\\b",
                    "уснуть", "засып", "лечебн", "\\bлечит\\b", "артрит", "артроз", "остеохондроз", "радикулит",
                    "сколиоз", "пяточн", "перел[её]т", "тихий час", "иммун", "детокс"));

    @Autowired MenuService menu;
    @Autowired ScreeningService screening;

    @Test
    void no_guest_facing_english_text_of_the_demo_promises_a_medical_effect() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (MenuTreatment t : menu.activeMenu()) {
            texts.put(t.code() + " name", t.name());
            texts.put(t.code() + " summary", t.summary());
            texts.put(t.code() + " description", t.description());
            texts.put(t.code() + " good for", t.helpsWith());
        }
        for (MenuAddOn a : menu.activeAddOns()) {
            texts.put(a.code() + " name", a.name());
            texts.put(a.code() + " description", a.description());
            a.options().forEach(o -> texts.put(a.code() + " " + o.code(), o.label()));
        }
        for (ScreeningQuestion q : screening.activeQuestions()) {
            texts.put(q.getCode(), q.getQuestion() + " " + q.getHelpText());
        }
        for (ScreeningRules.Rule r : screening.activeRules()) {
            texts.put(r.questionCode() + " " + r.scope() + " " + r.treatmentId() + r.addOnId() + r.bodyArea(), r.reason());
        }
        texts.putAll(kioskTexts(""));
        assertNoClaims("en", texts);
    }

    @Test
    void no_guest_facing_german_or_russian_text_of_the_demo_promises_a_medical_effect() throws Exception {
        for (String language : List.of("de", "ru")) {
            Map<String, String> texts = new LinkedHashMap<>(kioskTexts("_" + language));
            load("/menu-content/content_" + language + ".properties").forEach((k, v) -> {
                if (!((String) k).startsWith("step.")) { // the session card is for the therapist
                    texts.put((String) k, (String) v);
                }
            });
            assertNoClaims(language, texts);
        }
    }

    @Test
    void the_list_catches_the_claims_the_review_found() {
        assertThat(claims("en", "It helps prevent cramps and varicose veins.")).isNotEmpty();
        assertThat(claims("de", "als Kur mit zwei bis drei Sitzungen")).isNotEmpty();
        assertThat(claims("ru", "Классический лечебный массаж")).isNotEmpty();
        assertThat(claims("ru", "лечитесь ли вы от него сейчас?")).isEmpty(); // a screening question asks
    }

    static void assertNoClaims(String language, Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        texts.forEach((key, text) -> claims(language, text).forEach(c -> found.add(key + ": \"" + c + "\" in " + text)));
        assertThat(found).as(language).isEmpty();
    }

    static List<String> claims(String language, String text) {
        return FORBIDDEN.get(language).stream()
                .filter(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find())
                .toList();
    }

    /** The kiosk's own texts (and the category names it shows). */
    static Map<String, String> kioskTexts(String suffix) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        load("/vaadin-i18n/translations" + suffix + ".properties").forEach((k, v) -> {
            if (Stream.of("kiosk.", "category.").anyMatch(((String) k)::startsWith)) {
                texts.put((String) k, (String) v);
            }
        });
        return texts;
    }

    static Properties load(String resource) throws Exception {
        var properties = new Properties();
        try (InputStream in = DemoHealthClaimsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
