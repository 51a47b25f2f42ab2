package com.spakiosk.screening;

import static com.spakiosk.menu.BodyArea.ANKLE;
import static com.spakiosk.menu.BodyArea.CALF;
import static com.spakiosk.menu.BodyArea.FOOT;
import static com.spakiosk.menu.BodyArea.THIGH;
import static com.spakiosk.menu.BodyArea.TOES;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.screening.ScreeningRules.Rule;
import com.spakiosk.screening.ScreeningRules.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per kind of rule: a "yes" gives its verdict to what the rule names, and the strongest wins. */
class ScreeningRulesTest {

    final Target footRitual = new Target(Target.Kind.TREATMENT, 1, "FOOT", "Foot ritual", Set.of(TOES, FOOT, ANKLE));
    final Target legMassage = new Target(Target.Kind.TREATMENT, 2, "LEGS", "Leg massage", Set.of(FOOT, CALF, THIGH));
    final Target soak = new Target(Target.Kind.ADD_ON, 10, "FOOT_SOAK", "Foot soak", Set.of(FOOT));
    final Target aroma = new Target(Target.Kind.ADD_ON, 11, "AROMATHERAPY", "Aromatherapy", Set.of());
    final List<Target> all = List.of(footRitual, legMassage, soak, aroma);

    final List<Rule> rules = List.of(
            new Rule("THROMBOSIS", RuleScope.EVERYTHING, null, null, null, Verdict.BLOCKED, "clot"),
            new Rule("LEG_SKIN", RuleScope.BODY_AREA, null, null, CALF, Verdict.BLOCKED, "skin"),
            new Rule("LEG_SKIN", RuleScope.ADD_ON, null, 10L, null, Verdict.BLOCKED, "no soak"),
            new Rule("CANCER", RuleScope.EVERYTHING, null, null, null, Verdict.REVIEW, "check"),
            new Rule("VEINS", RuleScope.EVERYTHING, null, null, null, Verdict.CAUTION, "gentle"),
            new Rule("VEINS", RuleScope.TREATMENT, 2L, null, null, Verdict.REVIEW, "check veins"),
            new Rule("OILS", RuleScope.ADD_ON, null, 11L, null, Verdict.BLOCKED, "oils"));

    @Test
    void no_yes_answer_means_everything_is_ok() {
        var result = ScreeningRules.evaluate(rules, Set.of(), all);
        assertThat(result.verdicts().values()).containsOnly(Verdict.OK);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void a_rule_for_everything_applies_to_every_treatment_and_add_on() {
        var result = ScreeningRules.evaluate(rules, Set.of("THROMBOSIS"), all);
        assertThat(result.verdicts().values()).containsOnly(Verdict.BLOCKED);
        assertThat(result.anyBlocked()).isTrue();
    }

    @Test
    void a_body_area_rule_blocks_only_what_works_on_that_area() {
        var result = ScreeningRules.evaluate(rules, Set.of("LEG_SKIN"), all);
        assertThat(result.verdictFor(legMassage)).isEqualTo(Verdict.BLOCKED);
        assertThat(result.verdictFor(footRitual)).isEqualTo(Verdict.OK);
        assertThat(result.verdictFor(aroma)).isEqualTo(Verdict.OK);
    }

    @Test
    void an_add_on_rule_applies_to_that_add_on_only() {
        var result = ScreeningRules.evaluate(rules, Set.of("OILS"), all);
        assertThat(result.verdictFor(aroma)).isEqualTo(Verdict.BLOCKED);
        assertThat(result.verdictFor(soak)).isEqualTo(Verdict.OK);
    }

    @Test
    void a_treatment_rule_applies_to_that_treatment_only_and_the_strongest_verdict_wins() {
        var result = ScreeningRules.evaluate(rules, Set.of("VEINS"), all);
        assertThat(result.verdictFor(legMassage)).isEqualTo(Verdict.REVIEW);
        assertThat(result.verdictFor(footRitual)).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void several_answers_combine_with_the_strongest_verdict() {
        var result = ScreeningRules.evaluate(rules, Set.of("CANCER", "VEINS"), all);
        assertThat(result.verdictFor(footRitual)).isEqualTo(Verdict.REVIEW);
        assertThat(result.needsReview()).isTrue();
        assertThat(result.anyBlocked()).isFalse();
        assertThat(result.findings()).extracting(ScreeningRules.Finding::questionCode).contains("CANCER", "VEINS");
    }
}
