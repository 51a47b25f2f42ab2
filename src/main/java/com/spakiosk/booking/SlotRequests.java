package com.spakiosk.booking;

import com.spakiosk.scheduling.Extra;
import com.spakiosk.scheduling.SlotRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns a treatment, variant and add-ons into the engine's request, refusing combinations the menu does not allow. */
@Component
class SlotRequests {

    private final BookingProperties properties;

    SlotRequests(BookingProperties properties) {
        this.properties = properties;
    }

    SlotRequest build(SpaCatalog catalog, long treatmentId, long variantId, List<Long> addOnIds, Instant from,
                      Instant until, Long therapistId, int limit) {
        SpaCatalog.Variant variant = variant(catalog, treatmentId, variantId);
        List<Extra> extras = new ArrayList<>();
        for (long addOnId : new HashSet<>(addOnIds)) {
            extras.add(addOn(catalog, treatmentId, addOnId).asExtra());
        }
        // Add-ons in a fixed order, so that "soak then massage" is the same whoever asks.
        extras.sort((a, b) -> a.placement().compareTo(b.placement()));
        return new SlotRequest(treatmentId, variant.minutes(), extras, from, until, therapistId, properties.grid(),
                catalog.settings().turnover(), Duration.ofMinutes(catalog.shortestSessionMinutes()), limit);
    }

    /** Each add-on goes with the treatment and carries one of its options (the oil) exactly when it has options. */
    static void requireOptions(SpaCatalog catalog, long treatmentId, List<HoldRequest.AddOnChoice> choices) {
        for (HoldRequest.AddOnChoice choice : choices) {
            SpaCatalog.AddOnSpec addOn = addOn(catalog, treatmentId, choice.addOnId());
            boolean needsOption = !addOn.optionCodes().isEmpty();
            if (needsOption ? !addOn.optionCodes().contains(choice.optionCode()) : choice.optionCode() != null) {
                throw new BookingException(BookingException.Reason.ADD_ON_NOT_ALLOWED,
                        needsOption ? "Choose one of " + addOn.optionCodes() : "That add-on has no options");
            }
        }
    }

    static SpaCatalog.Variant variant(SpaCatalog catalog, long treatmentId, long variantId) {
        SpaCatalog.Variant variant = catalog.variants().get(variantId);
        if (variant == null || variant.treatmentId() != treatmentId) {
            throw new BookingException(BookingException.Reason.UNKNOWN_TREATMENT,
                    "No active duration " + variantId + " for treatment " + treatmentId);
        }
        return variant;
    }

    static SpaCatalog.AddOnSpec addOn(SpaCatalog catalog, long treatmentId, long addOnId) {
        SpaCatalog.AddOnSpec addOn = catalog.addOns().get(addOnId);
        if (addOn == null || !addOn.allowedTreatments().contains(treatmentId)) {
            throw new BookingException(BookingException.Reason.ADD_ON_NOT_ALLOWED,
                    "Add-on " + addOnId + " does not go with treatment " + treatmentId);
        }
        return addOn;
    }
}
