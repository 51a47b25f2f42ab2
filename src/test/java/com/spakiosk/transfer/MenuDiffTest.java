package com.spakiosk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.ItemSnapshot;
import com.spakiosk.menu.TreatmentCategory;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.Verdict;
import com.spakiosk.transfer.ImportProblem.ItemKind;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document's canonical shape, the target an import makes of the spa, and its summary: pure, no database. */
class MenuDiffTest {

    static TreatmentEntry treatment(String code, Integer order, String price60) {
        return new TreatmentEntry(code, TreatmentCategory.RELAXING, order, true, true,
                List.of(BodyArea.FOOT, BodyArea.TOES),
                Map.of("en", new TreatmentTexts("Foot " + code, "Calm", "Slow strokes", "")),
                List.of(new VariantEntry(60, new BigDecimal(price60), false), new VariantEntry(30, new BigDecimal("36"), false)),
                List.of(new StepEntry(BodyArea.TOES, ClientPosition.SEATED, Map.of("en", new StepTexts("Toes", "Work each toe.")))));
    }

    static AddOnEntry aroma(List<OptionEntry> options) {
        return new AddOnEntry("AROMA", 1, true, Map.of("en", new AddOnTexts("Aroma", "Oil")), new BigDecimal("9"), 0,
                AddOnPlacement.DURING_MASSAGE, null, null, List.of(), options, List.of("B", "A"));
    }

    static MenuDocument document(List<TreatmentEntry> treatments, List<AddOnEntry> addOns, List<QuestionEntry> questions) {
        return Canonical.of(new MenuDocument(MenuDocument.KIND, MenuDocument.FORMAT, "EUR", treatments, addOns, questions));
    }

    @Test
    void the_same_menu_written_differently_is_the_same_document() {
        var tidy = document(List.of(treatment("A", 1, "59.00"), treatment("B", 2, "60.00")), List.of(), List.of());
        var untidy = document(List.of(
                new TreatmentEntry(" B ", TreatmentCategory.RELAXING, 7, null, null, List.of(BodyArea.TOES, BodyArea.FOOT, BodyArea.FOOT),
                        Map.of("en", new TreatmentTexts(" Foot B ", "Calm ", "Slow strokes", null),
                                "de", new TreatmentTexts("", " ", null, "")),
                        List.of(new VariantEntry(30, new BigDecimal("36.0"), null), new VariantEntry(60, new BigDecimal("60"), false)),
                        treatment("B", 2, "60").steps()),
                treatment("A", 3, "59")), List.of(), List.of());

        assertThat(untidy.treatments()).extracting(TreatmentEntry::code).containsExactly("A", "B");
        assertThat(untidy).isEqualTo(tidy);
    }

    @Test
    void a_therapists_note_keeps_english_only_and_a_refusal_of_everything_reads_the_questions_words() {
        var q = document(List.of(), List.of(), List.of(new QuestionEntry("CLOT", 1, true, Map.of("en", "A clot?"), "",
                Map.of("en", "Not with a clot.", "de", "Nicht bei einem Gerinnsel."), List.of(
                        new RuleEntry(RuleScope.TREATMENT, "A", Verdict.BLOCKED, Map.of("en", "Not this one.")),
                        new RuleEntry(RuleScope.EVERYTHING, "ignored", Verdict.BLOCKED, Map.of("en", "own words")),
                        new RuleEntry(RuleScope.ADD_ON, "AROMA", Verdict.CAUTION, Map.of("en", "Mild oil.", "de", "Mildes Öl."))))))
                .questions().getFirst();

        assertThat(q.rules()).containsExactly(
                new RuleEntry(RuleScope.EVERYTHING, null, Verdict.BLOCKED, Map.of()),
                new RuleEntry(RuleScope.TREATMENT, "A", Verdict.BLOCKED, Map.of("en", "Not this one.",
                        "de", "Nicht bei einem Gerinnsel.")),
                new RuleEntry(RuleScope.ADD_ON, "AROMA", Verdict.CAUTION, Map.of("en", "Mild oil.")));
    }

    @Test
    void items_the_document_lacks_are_retired_after_its_own_never_dropped() {
        var spa = document(List.of(treatment("A", 1, "59"), treatment("B", 2, "60")), List.of(), List.of());
        var incoming = document(List.of(treatment("B", 1, "60"), treatment("C", 2, "61")), List.of(), List.of());

        var target = MenuDiff.target(spa, incoming);
        var summary = MenuDiff.summary(spa, incoming, target);

        assertThat(target.treatments()).extracting(TreatmentEntry::code, TreatmentEntry::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", true), org.assertj.core.groups.Tuple.tuple("C", true),
                        org.assertj.core.groups.Tuple.tuple("A", false));
        assertThat(summary.created()).extracting(ImportSummary.ItemChange::code).containsExactly("C");
        assertThat(summary.retired()).extracting(ImportSummary.ItemChange::code).containsExactly("A");
        assertThat(summary.retired().getFirst().fields()).containsExactly(new ItemSnapshot.Change("active", "true", "false"));
        assertThat(summary.changed()).isEmpty();
        assertThat(summary.reordered()).containsExactly(ItemKind.TREATMENT);
    }

    @Test
    void a_new_price_and_a_duration_or_option_the_document_lacks_are_field_changes() {
        var lavender = new OptionEntry("LAVENDER", true, Map.of("en", "Lavender"));
        var mint = new OptionEntry("MINT", true, Map.of("en", "Mint"));
        var spa = document(List.of(treatment("A", 1, "59"), treatment("B", 2, "60")), List.of(aroma(List.of(lavender, mint))),
                List.of());
        var a = treatment("A", 1, "62");
        var onlyThirty = new TreatmentEntry("A", a.category(), 1, true, true, a.bodyAreas(), a.texts(),
                List.of(a.variants().get(1)), a.steps());
        var incoming = document(List.of(onlyThirty, treatment("B", 2, "60")), List.of(aroma(List.of(lavender))), List.of());

        var summary = MenuDiff.summary(spa, incoming, MenuDiff.target(spa, incoming));

        assertThat(summary.changed()).extracting(ImportSummary.ItemChange::code).containsExactly("A", "AROMA");
        assertThat(summary.changed().get(0).fields()).containsExactly(new ItemSnapshot.Change("variant.60.active", "true", "false"));
        assertThat(summary.changed().get(1).fields()).containsExactly(new ItemSnapshot.Change("option.MINT.active", "true", "false"));
        assertThat(summary.reordered()).isEmpty();
    }

    @Test
    void the_same_document_is_nothing_to_change() {
        var spa = document(List.of(treatment("A", 1, "59")), List.of(), List.of());
        assertThat(MenuDiff.summary(spa, spa, MenuDiff.target(spa, spa)).nothingToChange()).isTrue();
    }

    @Test
    void the_json_reads_back_as_written_and_an_unknown_field_is_refused_by_name() {
        var spa = document(List.of(treatment("A", 1, "59")), List.of(aroma(List.of())), List.of());
        assertThat(Canonical.of(MenuDocumentJson.read(MenuDocumentJson.write(spa)))).isEqualTo(spa);

        String typo = new String(MenuDocumentJson.write(spa), StandardCharsets.UTF_8).replace("\"kioskVisible\"", "\"kioskVisibel\"");
        try {
            MenuDocumentJson.read(typo.getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("read a document with an unknown field");
        } catch (ImportRefusedException e) {
            assertThat(e.problems()).extracting(p -> p.problem().field(), p -> p.problem().messageKey(),
                            p -> p.problem().args())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("treatments[0].kioskVisibel",
                            "transfer.problem.unknownField", List.of("kioskVisibel")));
        }
    }
}
