package com.spakiosk.screening;

import com.spakiosk.menu.BodyArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns "yes" answers into a verdict per treatment and per add-on: every rule of a question
 * answered "yes" applies to what its scope names, and the strongest verdict wins. Pure logic.
 */
public final class ScreeningRules {

    private ScreeningRules() {
    }

    /** A rule as data: a "yes" to {@code questionCode} gives {@code verdict} to what the scope names. */
    public record Rule(String questionCode, RuleScope scope, Long treatmentId, Long addOnId, BodyArea bodyArea,
                       Verdict verdict, String reason) {
    }

    /**
     * Something a guest may book: a treatment or an add-on, with the body areas it works on. The
     * code names it to the translations, so that a refusal of an add-on can have its own words.
     */
    public record Target(Kind kind, long id, String code, String name, Set<BodyArea> areas) {
        public enum Kind { TREATMENT, ADD_ON }

        public Target {
            areas = Set.copyOf(areas);
        }
    }

    /** One rule that applied: which question, to what, with which verdict and why. */
    public record Finding(String questionCode, Target target, Verdict verdict, String reason) {
    }

    /** The verdict for each target, and the findings behind them. */
    public record Evaluation(Map<Target, Verdict> verdicts, List<Finding> findings) {

        public Verdict verdictFor(Target target) {
            return verdicts.getOrDefault(target, Verdict.OK);
        }

        public boolean anyBlocked() {
            return verdicts.values().contains(Verdict.BLOCKED);
        }

        public boolean needsReview() {
            return verdicts.values().contains(Verdict.REVIEW);
        }
    }

    public static Evaluation evaluate(Collection<Rule> rules, Set<String> yesAnswers, Collection<Target> targets) {
        Map<Target, Verdict> verdicts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Target target : targets) {
            Verdict verdict = Verdict.OK;
            for (Rule rule : rules) {
                if (yesAnswers.contains(rule.questionCode()) && appliesTo(rule, target)) {
                    verdict = verdict.strongest(rule.verdict());
                    findings.add(new Finding(rule.questionCode(), target, rule.verdict(), rule.reason()));
                }
            }
            verdicts.put(target, verdict);
        }
        return new Evaluation(verdicts, findings);
    }

    static boolean appliesTo(Rule rule, Target target) {
        return switch (rule.scope()) {
            case EVERYTHING -> true;
            case TREATMENT -> target.kind() == Target.Kind.TREATMENT && rule.treatmentId() == target.id();
            case ADD_ON -> target.kind() == Target.Kind.ADD_ON && rule.addOnId() == target.id();
            case BODY_AREA -> target.areas().contains(rule.bodyArea());
        };
    }
}
