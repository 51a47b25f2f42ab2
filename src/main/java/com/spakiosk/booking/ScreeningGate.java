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

    private static ScreeningRules.Evaluation evaluate(SpaCatalog catalog, long treatmentId, List<Long> addOnIds,
                                                     Set<String> yes) {
        List<ScreeningRules.Target> targets = new ArrayList<>();
        targets.add(catalog.treatmentTargets().get(treatmentId));
        addOnIds.forEach(id -> targets.add(catalog.addOns().get(id).target()));
        return ScreeningRules.evaluate(catalog.screeningRules(), yes, targets);
    }

    private static BookingException blocked() {
        return new BookingException(BookingException.Reason.SCREENING_BLOCKED,
                "The health screening rules out this treatment or add-on");
    }
}
