package com.spakiosk.staff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** What an edit changes, as the history's tokens, and a free code for a new therapist. */
final class TherapistChanges {

    private TherapistChanges() {
    }

    /** The parts of the therapist the form changes: name, bio, active, colour, treatments, add-ons, plan. */
    static List<String> between(Therapist t, TherapistForm f) {
        TherapistForm now = TherapistPlans.form(t);
        List<String> what = new ArrayList<>();
        if (!now.name().equals(f.name().strip())) {
            what.add("name");
        }
        if (!now.bio().equals(f.bio() == null ? "" : f.bio().strip())) {
            what.add("bio");
        }
        if (now.active() != f.active()) {
            what.add(f.active() ? "activated" : "deactivated");
        }
        if (now.colour() != f.colour()) {
            what.add("colour");
        }
        if (!now.treatments().equals(f.treatments())) {
            what.add("treatments");
        }
        if (!now.addOns().equals(f.addOns())) {
            what.add("addOns");
        }
        if (now.rotationWeeks() != f.rotationWeeks() || !Objects.equals(now.anchor(), f.anchor())
                || !sorted(now.shifts()).equals(sorted(f.shifts()))) {
            what.add("plan");
        }
        return what;
    }

    private static List<ShiftEdit> sorted(List<ShiftEdit> shifts) {
        return shifts.stream().sorted(java.util.Comparator.comparingInt(ShiftEdit::week)
                .thenComparing(ShiftEdit::day)).toList();
    }

    /** "Anna Keller" gives ANNA_KELLER, or ANNA_KELLER_2 when that is taken. */
    static String freeCode(String name, Predicate<String> taken) {
        String base = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "THERAPIST" + (base.isEmpty() ? "" : "_" + base);
        }
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String code = base;
        for (int n = 2; taken.test(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
