package com.spakiosk.demo;

import static com.spakiosk.menu.BodyArea.ANKLE;
import static com.spakiosk.menu.BodyArea.CALF;
import static com.spakiosk.menu.BodyArea.FOOT;
import static com.spakiosk.menu.BodyArea.GLUTES;
import static com.spakiosk.menu.BodyArea.HIPS;
import static com.spakiosk.menu.BodyArea.HIP_JOINT;
import static com.spakiosk.menu.BodyArea.KNEE;
import static com.spakiosk.menu.BodyArea.THIGH;
import static com.spakiosk.menu.BodyArea.TOES;
import static com.spakiosk.menu.ClientPosition.LYING_ON_BACK;
import static com.spakiosk.menu.ClientPosition.LYING_ON_STOMACH;
import static com.spakiosk.menu.ClientPosition.SEATED;

import com.spakiosk.base.Money;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.Treatment;
import com.spakiosk.menu.TreatmentCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo spa's treatments, worded from the seed articles (shared/seeds): the five kinds of
 * foot massage, what each is good for (without promising a medical effect), and the session
 * step by step. The steps are grouped so that the guest turns over as seldom as the texts allow:
 * the treatments the Foot lounge offers are worked reclining in its chairs (the texts allow
 * sitting for calf work), never turning over; the table treatments work the front surfaces
 * lying on the back, then turn once and work the back surfaces lying on the stomach.
 */
final class DemoMenu {

    private DemoMenu() {
    }

    /** One step of a session: where, in which position, and how. */
    private record Step(BodyArea area, ClientPosition position, String title, String instruction) {
    }

    private static final String TOES_TEXT =
            "Work each toe from the top and from the sole side with light strokes and small circular movements.";
    private static final String FOOT_TEXT =
            "Glide the palm over the arch and heel, rub the top of the foot with the fingertips, and work the sole "
                    + "with firmer pressure to release tension.";
    private static final String ANKLE_TEXT =
            "Encircle the ankle with both hands: continuous movements from the front and sides, then spiral and "
                    + "circular rubbing. Finish with stroking.";
    private static final String CALF_TEXT =
            "Warming strokes, deep kneading and gentle vibration; give the gastrocnemius special attention.";
    private static final String KNEE_TEXT =
            "Circular rubbing with both hands. Approach the back of the knee carefully: nerves and blood vessels lie "
                    + "close there.";
    private static final String THIGH_TECHNIQUE =
            "encircling strokes, rubbing, longitudinal and transverse kneading, light shaking.";

    /**
     * Reclining with the legs raised, as the Foot lounge's chairs allow: toes to thigh in the seed's
     * order, the calf lifted from below and the back of the thigh reached with the knee bent.
     */
    private static final List<Step> RECLINING = List.of(
            new Step(TOES, SEATED, "Toes", TOES_TEXT),
            new Step(FOOT, SEATED, "Foot", FOOT_TEXT),
            new Step(ANKLE, SEATED, "Ankle joint", ANKLE_TEXT),
            new Step(CALF, SEATED, "Calf", "Lift the calf from below, the heel resting on a cushion. " + CALF_TEXT),
            new Step(KNEE, SEATED, "Knee joint", KNEE_TEXT),
            new Step(THIGH, SEATED, "Thigh",
                    "Front and inner muscle groups, then the back group from below with the knee slightly bent: "
                            + THIGH_TECHNIQUE));

    /** On a table: the front surfaces lying on the back, then one turn, the back surfaces lying on the stomach. */
    private static final List<Step> ON_THE_TABLE = List.of(
            new Step(TOES, LYING_ON_BACK, "Toes", TOES_TEXT),
            new Step(FOOT, LYING_ON_BACK, "Foot", FOOT_TEXT),
            new Step(ANKLE, LYING_ON_BACK, "Ankle joint", ANKLE_TEXT),
            new Step(KNEE, LYING_ON_BACK, "Knee joint", KNEE_TEXT),
            new Step(THIGH, LYING_ON_BACK, "Thigh, front and inner side",
                    "The front and inner muscle groups in turn: " + THIGH_TECHNIQUE),
            new Step(CALF, LYING_ON_STOMACH, "Calf",
                    "The guest turns onto the stomach; a small cushion under the ankles. " + CALF_TEXT),
            new Step(THIGH, LYING_ON_STOMACH, "Thigh, back", "The back muscle group: " + THIGH_TECHNIQUE),
            new Step(GLUTES, LYING_ON_STOMACH, "Glutes",
                    "Stroking, rubbing, deeper kneading with pressure, and shaking movements to relax the tissues."),
            new Step(HIP_JOINT, LYING_ON_STOMACH, "Hip joint",
                    "Strokes and rubs from the back and the sides all around the joint, for mobility and circulation."),
            new Step(HIPS, LYING_ON_STOMACH, "Hips",
                    "The outer hips and the sides of the buttocks: deep kneading, rubbing and shaking with firm, "
                            + "comfortable pressure."));

    private static final Step NERVE_TRUNKS = new Step(null, LYING_ON_STOMACH, "Nerve trunks",
            "Return to the main nerve trunks of the legs: stroking, rubbing, deep kneading and vibration to round "
                    + "off the session.");

    /** How the guest settles before a protocol's first step. */
    private static final String RECLINING_SETUP = "Reclining, legs raised, a cushion under the knees. ";
    private static final String TABLE_SETUP = "Lying on the back, a cushion under the knees. ";

    /** The treatments the Foot lounge's reclining chairs suit (DemoSpa gives the lounge these). */
    static final Set<String> RECLINING_TREATMENTS = Set.of("RELAXING_FOOT", "RELAXING_LEGS", "LYMPHATIC", "PREVENTIVE");

    static List<Treatment> treatments(String currency) {
        return List.of(
                treatment("RELAXING_FOOT", TreatmentCategory.RELAXING, "Relaxing foot ritual",
                        "Slow, calming strokes for tired feet: toes, soles and ankles.",
                        "An unhurried massage that begins with each toe, glides over the arch and heel and ends with "
                                + "soothing strokes around the ankle. Time to let go of the day and come to rest.",
                        "winding down after a busy day, feet tired from long hours of standing or walking",
                        EnumSet.of(TOES, FOOT, ANKLE), 1, currency, "36.00", "48.00", "59.00"),
                treatment("RELAXING_LEGS", TreatmentCategory.RELAXING, "Calm legs massage",
                        "From the toes to the thighs: warmth, rhythm and rest for both legs.",
                        "The whole leg is stroked, rubbed and kneaded in a slow rhythm, calf and thigh included, so "
                                + "that heavy legs feel light again. A calm break in a busy day.",
                        "tense muscles after a long day, legs that feel heavy in the evening, a quiet break",
                        EnumSet.of(TOES, FOOT, ANKLE, CALF, KNEE, THIGH), 2, currency, "42.00", "56.00", "69.00"),
                treatment("LYMPHATIC", TreatmentCategory.LYMPHATIC_DRAINAGE, "Lymphatic drainage",
                        "Gentle, rhythmic strokes that always move upward, for legs that feel light.",
                        "Light, rhythmic strokes always move upward, from the foot to the thigh, following the way "
                                + "lymph flows. A gentle, quiet massage that leaves the legs feeling light.",
                        "legs that feel heavy after long days on your feet or at a desk",
                        EnumSet.of(FOOT, ANKLE, CALF, KNEE, THIGH), 3, currency, "46.00", "62.00", "78.00"),
                treatment("ANTI_CELLULITE", TreatmentCategory.ANTI_CELLULITE, "Anti-cellulite massage",
                        "Brisk, focused kneading of the thighs, buttocks and hips.",
                        "Deep kneading, rubbing and shaking of the calves, thighs, buttocks and hips, brisk and "
                                + "warming. Many guests book it as a series of two to three sessions a week.",
                        "anyone who enjoys a firm, invigorating massage of the thighs, buttocks and hips",
                        EnumSet.of(CALF, THIGH, GLUTES, HIPS), 4, currency, "49.00", "66.00", "82.00"),
                treatment("PREVENTIVE", TreatmentCategory.PREVENTIVE, "Preventive leg care",
                        "Regular care for legs that carry you through long working days.",
                        "A regular massage for people who stand or sit for long hours: stimulating strokes and "
                                + "kneading that leave the muscles relaxed and the legs light. Many guests come two to "
                                + "three times a week in busy weeks.",
                        "people who stand or sit for long hours, legs that feel heavy",
                        EnumSet.of(FOOT, ANKLE, CALF, KNEE, THIGH), 5, currency, "39.00", "52.00", "64.00"),
                treatment("THERAPEUTIC", TreatmentCategory.CLASSICAL_THERAPEUTIC, "Classical therapeutic massage",
                        "The full classical sequence from the toes to the hip joint, adapted to you.",
                        "The complete session as therapists learn it: toes, foot, ankle, knee and thigh, then calf, "
                                + "the back of the thigh, glutes and hip joint, ending on the main nerve trunks. It suits "
                                + "guests whose doctor has recommended massage. With a diagnosed condition, please ask "
                                + "your doctor first.",
                        "guests whose doctor has recommended massage, legs that work hard in sport",
                        EnumSet.of(TOES, FOOT, ANKLE, CALF, KNEE, THIGH, GLUTES, HIP_JOINT), 6, currency,
                        "52.00", "72.00", "89.00"));
    }

    private static Treatment treatment(String code, TreatmentCategory category, String name, String summary,
                                       String description, String goodFor, Set<BodyArea> areas, int order,
                                       String currency, String price30, String price45, String price60) {
        Treatment t = new Treatment(code, category, name, summary, description, goodFor, areas, order);
        t.addVariant(30, Money.of(price30, currency));
        t.addVariant(45, Money.of(price45, currency));
        t.addVariant(60, Money.of(price60, currency));
        boolean reclining = RECLINING_TREATMENTS.contains(code);
        List<Step> steps = (reclining ? RECLINING : ON_THE_TABLE).stream().filter(s -> areas.contains(s.area())).toList();
        String setup = reclining ? RECLINING_SETUP : TABLE_SETUP;
        for (Step s : steps) {
            t.addStep(s.area(), s.position(), s.title(), s == steps.getFirst() ? setup + s.instruction() : s.instruction());
        }
        if (category == TreatmentCategory.CLASSICAL_THERAPEUTIC) {
            t.addStep(NERVE_TRUNKS.area(), NERVE_TRUNKS.position(), NERVE_TRUNKS.title(), NERVE_TRUNKS.instruction());
        }
        return t;
    }
}
