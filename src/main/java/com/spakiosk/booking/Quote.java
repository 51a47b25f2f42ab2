package com.spakiosk.booking;

import com.spakiosk.base.Money;
import java.util.Collection;

/**
 * What a treatment duration with add-ons costs and how long it takes: the one place where the
 * price of a booking is added up, for the guest's live total and for the hold alike.
 */
public record Quote(Money price, int minutes) {

    static Quote of(SpaCatalog catalog, long variantId, Collection<Long> addOnIds) {
        SpaCatalog.Variant variant = catalog.variants().get(variantId);
        if (variant == null) {
            throw new BookingException(BookingException.Reason.UNKNOWN_TREATMENT, "No such treatment duration");
        }
        Money price = variant.price();
        int minutes = variant.minutes();
        for (long id : addOnIds) {
            SpaCatalog.AddOnSpec addOn = catalog.addOns().get(id);
            if (addOn == null) {
                throw new BookingException(BookingException.Reason.ADD_ON_NOT_ALLOWED, "No such add-on");
            }
            price = price.plus(addOn.price());
            minutes += addOn.minutes();
        }
        return new Quote(price, minutes);
    }
}
