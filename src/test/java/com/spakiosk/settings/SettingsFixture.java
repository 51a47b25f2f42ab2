package com.spakiosk.settings;

import com.spakiosk.security.Roles;
import com.spakiosk.security.StaffFixture;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Changes the spa's settings for one test and puts them back afterwards: every Spring test
 * shares one database, and the others expect the defaults.
 */
@Component
public class SettingsFixture {

    private final SpaSettingsService settings;
    private SpaSettings original;

    SettingsFixture(SpaSettingsService settings) {
        this.settings = settings;
    }

    /** Saves the current settings changed by {@code change}, keeping any booking the change leaves outside. */
    public SpaSettings change(UnaryOperator<SpaSettings> change) {
        SpaSettings current = settings.current();
        if (original == null) {
            original = current;
        }
        return save(change.apply(current));
    }

    /** Remembers the settings as they are, for a test that changes them through a screen. */
    public void remember() {
        if (original == null) {
            original = settings.current();
        }
    }

    public void restore() {
        if (original != null) {
            SpaSettings current = settings.current();
            save(current.edited(original.week(), original.closedDates(), original.turnover(), original.walkInLead(),
                    original.guestCancelCutoff()));
            original = null;
        }
    }

    private SpaSettings save(SpaSettings edited) {
        return StaffFixture.as("settings-fixture", Roles.MANAGER, () -> settings.save(edited,
                settings.bookingsOutside(edited).stream().map(AffectedBooking::bookingId).toList()));
    }
}
