package com.spakiosk.transfer;

import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The whole menu and screening of a spa as one portable document: everything is named by its
 * code, never by a database id, so that the file means the same in another spa. Words are given
 * per language ("en", "de", "ru"). The records are the JSON format itself: a change here is a
 * change of {@link #FORMAT}.
 */
public record MenuDocument(String kind, Integer format, String currency, List<TreatmentEntry> treatments,
                           List<AddOnEntry> addOns, List<QuestionEntry> questions) {

    /** What the file says it is, so that another JSON file is told apart at once. */
    public static final String KIND = "spa-kiosk-menu";
    public static final int FORMAT = 1;

    public MenuDocument {
        treatments = listOf(treatments);
        addOns = listOf(addOns);
        questions = listOf(questions);
    }

    /** A treatment: its kind, place in the kiosk's order, flags, body areas, words, durations and protocol. */
    public record TreatmentEntry(String code, TreatmentCategory category, Integer kioskOrder, Boolean active,
                                 Boolean kioskVisible, List<BodyArea> bodyAreas, Map<String, TreatmentTexts> texts,
                                 List<VariantEntry> variants, List<StepEntry> steps) {

        public TreatmentEntry {
            active = active == null || active;
            kioskVisible = kioskVisible == null || kioskVisible;
            bodyAreas = listOf(bodyAreas);
            texts = mapOf(texts);
            variants = listOf(variants);
            steps = listOf(steps);
        }
    }

    /** A treatment's words in one language. */
    public record TreatmentTexts(String name, String summary, String description, String helpsWith) {
    }

    /** A duration with its price; a retired one stays for the bookings made with it. */
    public record VariantEntry(int minutes, BigDecimal price, Boolean retired) {

        public VariantEntry {
            retired = retired != null && retired;
        }
    }

    /** A protocol step: the body area (none for the whole leg), the guest's position, the words. */
    public record StepEntry(BodyArea bodyArea, ClientPosition position, Map<String, StepTexts> texts) {

        public StepEntry {
            texts = mapOf(texts);
        }
    }

    /** A step's words in one language. */
    public record StepTexts(String title, String instruction) {
    }

    /**
     * An add-on: words, price, extra minutes, when it happens, the equipment it takes (by the
     * equipment's code, which the importing spa must have) and how many units, its options and the
     * treatments it goes with (by code).
     */
    public record AddOnEntry(String code, Integer kioskOrder, Boolean active, Map<String, AddOnTexts> texts,
                             BigDecimal price, Integer extraMinutes, AddOnPlacement placement, String equipment,
                             Integer equipmentUnits, List<BodyArea> bodyAreas, List<OptionEntry> options,
                             List<String> treatments) {

        public AddOnEntry {
            active = active == null || active;
            texts = mapOf(texts);
            bodyAreas = listOf(bodyAreas);
            options = listOf(options);
            treatments = listOf(treatments);
        }
    }

    /** An add-on's words in one language. */
    public record AddOnTexts(String name, String description) {
    }

    /** A choice within an add-on (an oil): its code, whether it is offered, its label per language. */
    public record OptionEntry(String code, Boolean active, Map<String, String> labels) {

        public OptionEntry {
            active = active == null || active;
            labels = mapOf(labels);
        }
    }

    /**
     * A screening question: its place in the order, whether the kiosk asks it, its words, why we
     * ask (for staff), the refusal a guest reads when a "yes" rules out everything or a body area,
     * and its rules.
     */
    public record QuestionEntry(String code, Integer order, Boolean active, Map<String, String> question,
                                String helpText, Map<String, String> refusal, List<RuleEntry> rules) {

        public QuestionEntry {
            active = active == null || active;
            question = mapOf(question);
            refusal = mapOf(refusal);
            rules = listOf(rules);
        }
    }

    /**
     * A rule: a "yes" gives {@code verdict} to what the scope names; {@code target} is the
     * treatment's or add-on's code, or the body area, and empty for everything.
     */
    public record RuleEntry(RuleScope scope, String target, Verdict verdict, Map<String, String> reason) {

        public RuleEntry {
            reason = mapOf(reason);
        }
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    static <K, V> Map<K, V> mapOf(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        var copy = new java.util.TreeMap<K, V>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
