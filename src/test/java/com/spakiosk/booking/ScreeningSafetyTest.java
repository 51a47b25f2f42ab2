package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.screening.RuleScope;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.screening.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo spa's screening verdicts where the domain texts say to avoid massage, or where heat,
 * scent or deep pressure is the risk: named cases, so that none of them can weaken unnoticed.
 * Every verdict is asked of the same rules the booking enforces.
 */
@SpringTest
class ScreeningSafetyTest {

    static final List<String> DEEP_WORK = List.of("THERAPEUTIC", "ANTI_CELLULITE");
    static final List<String> HEAT_AND_SCENT = List.of("AROMATHERAPY", "HOT_STONES", "HERBAL_COMPRESS");

    @Autowired ScreeningAdvice screening;
    @Autowired CalendarLoader loader;
    @Autowired DemoSpaIds ids;
    @Autowired ScreeningService questions;
    @Autowired MenuService menu;

    List<String> treatments() {
        return List.of("RELAXING_FOOT", "RELAXING_LEGS", "LYMPHATIC", "ANTI_CELLULITE", "PREVENTIVE", "THERAPEUTIC");
    }

    ScreeningAdvice.Advice advise(String treatment, String answer, String... addOns) {
        return screening.advise(ids.treatment(treatment).id(),
                Arrays.stream(addOns).map(a -> ids.addOn(a).id()).toList(), Set.of(answer));
    }

    boolean addOnBlocked(String answer, String addOn) {
        // Preventive care takes every add-on; the screening judges the add-on by itself.
        return advise("PREVENTIVE", answer, addOn).blockedAddOns().containsKey(ids.addOn(addOn).id());
    }

    Verdict verdict(String treatment, String answer) {
        MenuTreatment t = ids.treatment(treatment);
        SpaCatalog catalog = loader.catalog();
        return ScreeningGate.evaluate(catalog, t.id(), List.of(), Set.of(answer))
                .verdictFor(catalog.treatmentTargets().get(t.id()));
    }

    void blocksEveryMassage(String answer) {
        for (String t : treatments()) {
            assertThat(advise(t, answer).isTreatmentBlocked()).as(answer + " with " + t).isTrue();
        }
        assertThat(advise("RELAXING_FOOT", answer).openTreatments()).as("what stays open after " + answer).isEmpty();
    }

    @Test
    void cancer_treatment_blocks_every_massage() {
        blocksEveryMassage("CANCER_TREATMENT");
        assertThat(advise("RELAXING_FOOT", "CANCER_TREATMENT").treatmentBlocked())
                .anyMatch(r -> r.text().contains("doctor"));
    }

    @Test
    void a_blood_disorder_blocks_every_massage() {
        blocksEveryMassage("BLOOD_DISORDER");
    }

    @Test
    void thrombosis_blocks_every_massage() {
        blocksEveryMassage("THROMBOSIS");
    }

    @Test
    void blood_thinners_block_deep_work_only() {
        for (String t : treatments()) {
            var advice = advise(t, "BLOOD_THINNERS");
            if (DEEP_WORK.contains(t)) {
                assertThat(advice.isTreatmentBlocked()).as(t).isTrue();
            } else {
                assertThat(advice.isTreatmentBlocked()).as(t).isFalse();
                assertThat(advice.needsReview()).as("a therapist checks the pressure for " + t).isTrue();
            }
        }
        assertThat(advise("RELAXING_FOOT", "BLOOD_THINNERS").openTreatments())
                .doesNotContain(ids.treatment("THERAPEUTIC").id(), ids.treatment("ANTI_CELLULITE").id())
                .contains(ids.treatment("LYMPHATIC").id());
    }

    @Test
    void oil_allergy_blocks_the_herbal_compress() {
        assertThat(addOnBlocked("OIL_ALLERGY", "HERBAL_COMPRESS")).isTrue();
        assertThat(addOnBlocked("OIL_ALLERGY", "AROMATHERAPY")).isTrue();
        assertThat(verdict("RELAXING_LEGS", "OIL_ALLERGY")).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void varicose_veins_block_heat_add_ons() {
        assertThat(addOnBlocked("VARICOSE_VEINS", "HOT_STONES")).isTrue();
        assertThat(addOnBlocked("VARICOSE_VEINS", "HERBAL_COMPRESS")).isTrue();
        assertThat(addOnBlocked("VARICOSE_VEINS", "FOOT_SOAK")).isFalse();
        assertThat(verdict("RELAXING_LEGS", "VARICOSE_VEINS")).isEqualTo(Verdict.CAUTION);
        assertThat(verdict("ANTI_CELLULITE", "VARICOSE_VEINS")).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void heat_sensitivity_blocks_stones_and_the_compress() {
        assertThat(addOnBlocked("HEAT_SENSITIVITY", "HOT_STONES")).isTrue();
        assertThat(addOnBlocked("HEAT_SENSITIVITY", "HERBAL_COMPRESS")).isTrue();
    }

    @Test
    void sudden_leg_swelling_blocks_every_massage() {
        blocksEveryMassage("LEG_SWELLING");
    }

    @Test
    void a_recent_operation_blocks_every_massage() {
        blocksEveryMassage("RECENT_INJURY");
        assertThat(advise("THERAPEUTIC", "RECENT_INJURY").treatmentBlocked()).anyMatch(r -> r.text().contains("doctor"));
    }

    @Test
    void pregnancy_blocks_oils_heat_and_anti_cellulite() {
        for (String addOn : HEAT_AND_SCENT) {
            assertThat(addOnBlocked("PREGNANCY", addOn)).as(addOn).isTrue();
        }
        assertThat(advise("ANTI_CELLULITE", "PREGNANCY").isTreatmentBlocked()).isTrue();
        for (String t : treatments()) {
            if (!t.equals("ANTI_CELLULITE")) {
                assertThat(advise(t, "PREGNANCY").isTreatmentBlocked()).as(t).isFalse();
                assertThat(verdict(t, "PREGNANCY")).as("gentle pressure in " + t).isEqualTo(Verdict.CAUTION);
            }
        }
    }

    @Test
    void skin_problems_on_the_buttocks_are_asked_for_where_the_rules_block_the_glutes() {
        assertThat(advise("ANTI_CELLULITE", "LEG_SKIN").isTreatmentBlocked()).isTrue();
        assertThat(advise("RELAXING_FOOT", "LEG_SKIN").isTreatmentBlocked()).isFalse();
        assertThat(question("LEG_SKIN")).contains("buttocks");
        assertThat(menu.content(Locale.GERMAN).text("question.LEG_SKIN", "")).contains("Gesäß");
        assertThat(menu.content(Locale.of("ru")).text("question.LEG_SKIN", "")).contains("ягодиц");
    }

    @Test
    void the_foot_soak_has_its_own_reason_in_german_and_russian() {
        var reasons = advise("RELAXING_FOOT", "LEG_SKIN", "FOOT_SOAK").blockedAddOns().get(ids.addOn("FOOT_SOAK").id());
        assertThat(reasons).hasSize(1);
        var reason = reasons.getFirst();
        assertThat(reason.text()).contains("foot soak");
        String massageDe = menu.content(Locale.GERMAN).text("blocked.LEG_SKIN", "");
        String massageRu = menu.content(Locale.of("ru")).text("blocked.LEG_SKIN", "");
        assertThat(menu.content(Locale.GERMAN).blockedReason(reason.questionCode(), reason.targetCode(), reason.text()))
                .contains("Fußbad").isNotEqualTo(massageDe);
        assertThat(menu.content(Locale.of("ru")).blockedReason(reason.questionCode(), reason.targetCode(), reason.text()))
                .contains("ванночка").isNotEqualTo(massageRu);
    }

    @Test
    void every_refusal_of_an_add_on_has_its_own_german_and_russian_words() {
        for (var rule : loader.catalog().screeningRules()) {
            if (rule.verdict() != Verdict.BLOCKED || rule.scope() != RuleScope.ADD_ON) {
                continue;
            }
            String code = loader.catalog().addOns().get(rule.addOnId()).target().code();
            for (Locale locale : List.of(Locale.GERMAN, Locale.of("ru"))) {
                assertThat(menu.content(locale).text("blocked." + rule.questionCode() + "." + code, null))
                        .as(locale + " blocked." + rule.questionCode() + "." + code).isNotBlank();
            }
        }
    }

    String question(String code) {
        return questions.activeQuestions().stream().filter(q -> q.getCode().equals(code)).findFirst().orElseThrow()
                .getQuestion();
    }
}
