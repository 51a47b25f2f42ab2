package com.spakiosk.booking;

import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.Verdict;
import com.spakiosk.security.AnonymousAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What a guest's screening answers mean for the treatment and add-ons they chose, before they
 * pick a time: the same rules the booking enforces on hold and confirm ({@link ScreeningGate}),
 * so that the kiosk never judges a verdict by itself.
 */
@Service
public class ScreeningAdvice {

    private final CalendarLoader loader;

    ScreeningAdvice(CalendarLoader loader) {
        this.loader = loader;
    }

    /**
     * The verdicts for a treatment with add-ons, given the questions answered "yes": why the
     * treatment is ruled out (if it is), which add-ons are ruled out and why, whether the desk
     * must review, and which treatments of the menu stay open to this guest.
     */
    @AnonymousAccess("the kiosk's guest screening, before any booking exists")
    public Advice advise(long treatmentId, List<Long> addOnIds, Set<String> yes) {
        SpaCatalog catalog = loader.catalog();
        ScreeningRules.Evaluation evaluation = ScreeningGate.evaluate(catalog, treatmentId, addOnIds, yes);
        ScreeningRules.Target treatment = catalog.treatmentTargets().get(treatmentId);
        Map<Long, List<Reason>> blockedAddOns = new LinkedHashMap<>();
        for (long addOnId : addOnIds) {
            List<Reason> reasons = blockedReasons(evaluation, catalog.addOns().get(addOnId).target());
            if (!reasons.isEmpty()) {
                blockedAddOns.put(addOnId, reasons);
            }
        }
        List<Long> open = catalog.treatmentTargets().keySet().stream()
                .filter(id -> !ScreeningGate.evaluate(catalog, id, List.of(), yes).anyBlocked())
                .sorted().toList();
        return new Advice(blockedReasons(evaluation, treatment), blockedAddOns, evaluation.needsReview(), open);
    }

    private static List<Reason> blockedReasons(ScreeningRules.Evaluation evaluation, ScreeningRules.Target target) {
        return evaluation.findings().stream()
                .filter(f -> f.target().equals(target) && f.verdict() == Verdict.BLOCKED)
                .map(f -> new Reason(f.questionCode(), f.target().code(), f.reason())).distinct().toList();
    }

    /**
     * @param treatmentBlocked why the treatment is ruled out; empty when it is not
     * @param blockedAddOns    the add-ons ruled out, each with why
     * @param needsReview      a staff member must check the answers before the session
     * @param openTreatments   the treatments no answer rules out (without add-ons)
     */
    public record Advice(List<Reason> treatmentBlocked, Map<Long, List<Reason>> blockedAddOns, boolean needsReview,
                         List<Long> openTreatments) {

        public boolean isTreatmentBlocked() {
            return !treatmentBlocked.isEmpty();
        }

        /** Whether the answers rule out the treatment or any of the chosen add-ons. */
        public boolean anyBlocked() {
            return isTreatmentBlocked() || !blockedAddOns.isEmpty();
        }
    }

    /**
     * A rule that said no: the question it hangs on, the code of the treatment or add-on it
     * refused (so that a translation can word an add-on's refusal as its own) and the reason as
     * the database words it.
     */
    public record Reason(String questionCode, String targetCode, String text) {
    }
}
