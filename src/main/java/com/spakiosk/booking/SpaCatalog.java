package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.scheduling.Extra;
import com.spakiosk.scheduling.Interval;
import com.spakiosk.scheduling.ShiftPlan;
import com.spakiosk.scheduling.ShiftTemplate;
import com.spakiosk.screening.ScreeningRules;
import com.spakiosk.settings.SpaSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slowly changing resources a search needs, cached per app instance and reloaded when
 * the shared resource version moves: therapists with skills and weekly shifts, rooms, equipment
 * counts, the menu's durations, prices and add-ons, and the spa's opening hours and booking settings.
 */
record SpaCatalog(long version, List<TherapistTemplate> therapists, List<RoomTemplate> rooms,
                  Map<Long, Integer> equipment, Map<Long, Variant> variants, Map<Long, AddOnSpec> addOns,
                  int shortestSessionMinutes, Map<Long, ScreeningRules.Target> treatmentTargets,
                  List<ScreeningRules.Rule> screeningRules, Set<Long> kioskTreatments,
                  Map<Long, String> everyTreatmentName, SpaSettings settings) {

    /** A therapist with their shift plan: the rotation of weekly shifts and the one-off changes of dates. */
    record TherapistTemplate(long id, Set<Long> skills, ShiftPlan plan, String name, String colourClass,
                             Set<Long> addOnSkills) {

        TherapistTemplate(long id, Set<Long> skills, ShiftPlan plan, String name) {
            this(id, skills, plan, name, null, Set.of());
        }

        TherapistTemplate(long id, Set<Long> skills, List<ShiftTemplate> shifts) {
            this(id, skills, ShiftPlan.weekly(shifts), "");
        }

        TherapistTemplate(long id, Set<Long> skills, List<ShiftTemplate> shifts, String name) {
            this(id, skills, ShiftPlan.weekly(shifts), name);
        }
    }

    /** A room in use, with its maintenance blocks that had not ended when the catalog was loaded. */
    record RoomTemplate(long id, Set<Long> suitableTreatments, String name, List<Interval> blocks) {

        RoomTemplate(long id, Set<Long> suitableTreatments) {
            this(id, suitableTreatments, "", List.of());
        }
    }

    record Variant(long id, long treatmentId, int minutes, Money price) {
    }

    record AddOnSpec(long id, int minutes, Extra.Placement placement, Long equipmentTypeId, int equipmentUnits,
                     Set<Long> allowedTreatments, Money price, Set<String> optionCodes, ScreeningRules.Target target) {

        Extra asExtra() {
            return new Extra(minutes, placement, equipmentTypeId, equipmentUnits, id);
        }
    }
}
