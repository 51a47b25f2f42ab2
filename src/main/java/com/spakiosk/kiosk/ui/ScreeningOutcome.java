package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.ScreeningAdvice;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import java.util.List;

/** What the guest's screening answers led to, kept in the flow so that Back finds it again. */
sealed interface ScreeningOutcome {

    /** A "yes" with no consent to keep it: nothing is kept, and the desk books in person. */
    record NeedsConsent() implements ScreeningOutcome {
    }

    /** The chosen treatment is ruled out: why, and the treatments that stay open. */
    record NotSuitable(List<ScreeningAdvice.Reason> reasons, List<MenuTreatment> alternatives)
            implements ScreeningOutcome {
    }

    /** The treatment is fine; these add-ons were left out; the desk may need to review the answers. */
    record Suitable(List<LeftOut> leftOut, boolean needsReview) implements ScreeningOutcome {
    }

    /** An add-on the answers rule out, and why. */
    record LeftOut(MenuAddOn addOn, List<ScreeningAdvice.Reason> reasons) {
    }
}
