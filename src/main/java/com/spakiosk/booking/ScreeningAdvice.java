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
    private final ScreeningRefusals refusals;

    ScreeningAdvice(CalendarLoader loader, ScreeningRefusals refusals) {
        this.loader = loader;
        this.refusals = refusals;
    }

    /**
     * Counts, anonymously and by the day, the refusals of an advice that the guest has not been
     * counted for yet ({@code alreadyCounted} is the guest's own set, updated here), so that Back
     * and Continue with the same answers counts one guest once.
     */
    @AnonymousAccess("anonymous daily counts of screening refusals for the manager's reports")
    public void countRefusals(Advice advice, BookingChannel channel, Set<ScreeningRefusals.Refusal> alreadyCounted) {
        List<ScreeningRefusals.Refusal> fresh = advice.refusals().stream().filter(alreadyCounted::add).toList();
        if (!fresh.isEmpty()) {
            refusals.count(channel, fresh);
        }
    }

    /** Counts, anonymously, a guest sent to the desk because they did not agree that we keep a "yes". */
    @AnonymousAccess("an anonymous daily count for the manager's reports")
    public void countMissingConsent(BookingChannel channel) {
        refusals.countMissingConsent(channel);
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

        /**
         * Which rules said no to what the guest chose: the treatment's when it is ruled out (its
         * add-ons go with it), else the add-ons'.
         */
        public List<ScreeningRefusals.Refusal> refusals() {
            if (isTreatmentBlocked()) {
                return treatmentBlocked.stream().map(r -> new ScreeningRefusals.Refusal(r.questionCode(),
                        ScreeningRefusals.TargetKind.TREATMENT, r.targetCode())).distinct().toList();
            }
            return blockedAddOns.values().stream().flatMap(List::stream).map(r -> new ScreeningRefusals.Refusal(
                    r.questionCode(), ScreeningRefusals.TargetKind.ADD_ON, r.targetCode())).distinct().toList();
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
