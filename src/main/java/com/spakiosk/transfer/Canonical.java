package com.spakiosk.transfer;

import com.spakiosk.menu.MenuLanguages;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.Verdict;
import com.spakiosk.transfer.MenuDocument.AddOnEntry;
import com.spakiosk.transfer.MenuDocument.AddOnTexts;
import com.spakiosk.transfer.MenuDocument.OptionEntry;
import com.spakiosk.transfer.MenuDocument.QuestionEntry;
import com.spakiosk.transfer.MenuDocument.RuleEntry;
import com.spakiosk.transfer.MenuDocument.StepEntry;
import com.spakiosk.transfer.MenuDocument.StepTexts;
import com.spakiosk.transfer.MenuDocument.TreatmentEntry;
import com.spakiosk.transfer.MenuDocument.TreatmentTexts;
import com.spakiosk.transfer.MenuDocument.VariantEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A menu document in the one shape the spa would store and export it: words stripped and blank
 * ones left out, lists in the kiosk's order and numbered 1..n, body areas sorted, prices at the
 * currency's decimals, rules sorted, and only the words the spa keeps (a note for the therapist
 * is English only; a refusal of everything reads the question's refusal). Two documents that
 * would leave the spa the same are then equal, which is what makes "nothing to change" true.
 * Pure: no database, no framework.
 */
final class Canonical {

    private Canonical() {
    }

    static MenuDocument of(MenuDocument d) {
        var currency = currency(d.currency());
        List<TreatmentEntry> treatments = numbered(sorted(d.treatments(), TreatmentEntry::kioskOrder), (t, i) ->
                new TreatmentEntry(strip(t.code()), t.category(), i, t.active(), t.kioskVisible(),
                        t.bodyAreas().stream().distinct().sorted().toList(),
                        texts(t.texts(), x -> new TreatmentTexts(strip(x.name()), strip(x.summary()),
                                strip(x.description()), strip(x.helpsWith())), Canonical::blank),
                        t.variants().stream().map(v -> new VariantEntry(v.minutes(), price(v.price(), currency),
                                v.retired())).sorted(Comparator.comparingInt(VariantEntry::minutes)).toList(),
                        t.steps().stream().map(s -> new StepEntry(s.bodyArea(), s.position(), texts(s.texts(),
                                x -> new StepTexts(strip(x.title()), strip(x.instruction())), Canonical::blank)))
                                .toList()));
        List<AddOnEntry> addOns = numbered(sorted(d.addOns(), AddOnEntry::kioskOrder), (a, i) -> {
            String equipment = strip(a.equipment());
            return new AddOnEntry(strip(a.code()), i, a.active(),
                    texts(a.texts(), x -> new AddOnTexts(strip(x.name()), strip(x.description())), Canonical::blank),
                    price(a.price(), currency), a.extraMinutes(), a.placement(), equipment.isEmpty() ? null : equipment,
                    equipment.isEmpty() ? null : a.equipmentUnits(), a.bodyAreas().stream().distinct().sorted().toList(),
                    a.options().stream().map(o -> new OptionEntry(strip(o.code()), o.active(), words(o.labels())))
                            .toList(),
                    a.treatments().stream().map(Canonical::strip).distinct().sorted().toList());
        });
        List<QuestionEntry> questions = numbered(sorted(d.questions(), QuestionEntry::order), Canonical::question);
        return new MenuDocument(MenuDocument.KIND, d.format(), d.currency(), treatments, addOns, questions);
    }

    private static QuestionEntry question(QuestionEntry q, int order) {
        boolean needsRefusal = q.rules().stream().anyMatch(Canonical::readsQuestionRefusal);
        Map<String, String> refusal = needsRefusal ? words(q.refusal()) : Map.of();
        List<RuleEntry> rules = q.rules().stream().map(r -> {
            String target = r.scope() == RuleScope.EVERYTHING ? "" : strip(r.target());
            Map<String, String> reason;
            if (readsQuestionRefusal(r)) {
                reason = Map.of();
            } else if (r.verdict() != Verdict.BLOCKED) {
                // A note for the therapist, who reads the staff's language: the spa keeps it in English.
                reason = words(Map.of(MenuLanguages.ENGLISH, r.reason().getOrDefault(MenuLanguages.ENGLISH, "")));
            } else {
                // A refusal of one item without its own words reads the question's (as the kiosk does).
                Map<String, String> own = new LinkedHashMap<>(words(r.reason()));
                for (String language : MenuLanguages.TRANSLATED) {
                    if (!own.containsKey(language) && refusal.containsKey(language)) {
                        own.put(language, refusal.get(language));
                    }
                }
                reason = words(own);
            }
            return new RuleEntry(r.scope(), target.isEmpty() ? null : target, r.verdict(), reason);
        }).sorted(Comparator.comparing((RuleEntry r) -> r.scope() == null ? -1 : r.scope().ordinal())
                .thenComparing(r -> Objects.toString(r.target(), ""))).toList();
        return new QuestionEntry(strip(q.code()), order, q.active(), words(q.question()), strip(q.helpText()), refusal,
                rules);
    }

    static boolean readsQuestionRefusal(RuleEntry r) {
        return r.verdict() == Verdict.BLOCKED && r.scope() != RuleScope.TREATMENT && r.scope() != RuleScope.ADD_ON;
    }

    /** The spa's currency scale where the amount allows it (else as given: the check refuses it). */
    private static BigDecimal price(BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) {
            return amount;
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return amount.stripTrailingZeros().scale() > scale ? amount : amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static Currency currency(String code) {
        try {
            return code == null ? null : Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> List<T> sorted(List<T> items, Function<T, Integer> order) {
        // Stable: items without an order, or with the same, keep their place in the document.
        return items.stream().sorted(Comparator.comparing(order, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static <T> List<T> numbered(List<T> items, java.util.function.BiFunction<T, Integer, T> withOrder) {
        List<T> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add(withOrder.apply(items.get(i), i + 1));
        }
        return List.copyOf(numbered);
    }

    private static <T> Map<String, T> texts(Map<String, T> byLanguage, Function<T, T> strip, Predicate<T> blank) {
        Map<String, T> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, words) -> {
            T stripped = strip.apply(words);
            if (!blank.test(stripped)) {
                texts.put(language, stripped);
            }
        });
        return MenuDocument.mapOf(texts);
    }

    private static Map<String, String> words(Map<String, String> byLanguage) {
        Map<String, String> words = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (!strip(text).isEmpty()) {
                words.put(language, strip(text));
            }
        });
        return MenuDocument.mapOf(words);
    }

    private static boolean blank(Object texts) {
        return switch (texts) {
            case TreatmentTexts t -> (t.name() + t.summary() + t.description() + t.helpsWith()).isEmpty();
            case StepTexts s -> (s.title() + s.instruction()).isEmpty();
            case AddOnTexts a -> (a.name() + a.description()).isEmpty();
            default -> false;
        };
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
