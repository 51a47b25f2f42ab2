package com.spakiosk.booking;

import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.screening.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The health screening as the booking sees it: a BLOCKED treatment or add-on is refused on hold
 * and again on confirm, whatever page led there; on confirm the findings are kept as flags
 * (question, subject, verdict), never the raw answers.
 */
@Component
class ScreeningGate {

    void refuseBlocked(SpaCatalog catalog, long treatmentId, List<Long> addOnIds, Set<String> yes) {
        if (evaluate(catalog, treatmentId, addOnIds, yes).anyBlocked()) {
            throw blocked();
        }
    }

    void record(SpaCatalog catalog, Booking booking, ScreeningConsent screening) {
        List<Long> addOnIds = booking.getAddOns().stream().map(Booking.BookedAddOn::addOnId).toList();
        ScreeningRules.Evaluation evaluation = evaluate(catalog, booking.getTreatmentId(), addOnIds, screening.yes());
        if (evaluation.anyBlocked()) {
            throw blocked();
        }
        booking.recordScreeningConsent(screening.consentAt());
        evaluation.findings().stream().filter(f -> f.verdict() != Verdict.OK)
                .forEach(f -> booking.flag(f.questionCode(), f.target().name(), f.verdict().name(), f.reason()));
    }

    /** The verdicts for a treatment with add-ons; one that left the menu meanwhile is refused, not guessed at. */
    static ScreeningRules.Evaluation evaluate(SpaCatalog catalog, long treatmentId, List<Long> addOnIds,
                                              Set<String> yes) {
        List<ScreeningRules.Target> targets = new ArrayList<>();
        ScreeningRules.Target treatment = catalog.treatmentTargets().get(treatmentId);
        if (treatment == null) {
            throw new BookingException(BookingException.Reason.UNKNOWN_TREATMENT, "That treatment is not on the menu");
        }
        targets.add(treatment);
        for (long id : addOnIds) {
            SpaCatalog.AddOnSpec addOn = catalog.addOns().get(id);
            if (addOn == null) {
                throw new BookingException(BookingException.Reason.ADD_ON_NOT_ALLOWED, "That add-on is not on the menu");
            }
            targets.add(addOn.target());
        }
        return ScreeningRules.evaluate(catalog.screeningRules(), yes, targets);
    }

    private static BookingException blocked() {
        return new BookingException(BookingException.Reason.SCREENING_BLOCKED,
                "The health screening rules out this treatment or add-on");
    }
}
