package com.spakiosk.demo;

import static com.spakiosk.menu.BodyArea.ANKLE;
import static com.spakiosk.menu.BodyArea.CALF;
import static com.spakiosk.menu.BodyArea.FOOT;
import static com.spakiosk.menu.BodyArea.GLUTES;
import static com.spakiosk.menu.BodyArea.HIP;
import static com.spakiosk.menu.BodyArea.KNEE;
import static com.spakiosk.menu.BodyArea.THIGH;
import static com.spakiosk.menu.BodyArea.TOES;
import static com.spakiosk.menu.ClientPosition.LYING_ON_BACK;
import static com.spakiosk.menu.ClientPosition.LYING_ON_STOMACH;

import com.spakiosk.base.Money;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.ClientPosition;
import com.spakiosk.menu.Treatment;
import com.spakiosk.menu.TreatmentCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo spa's treatments, worded from the seed articles (shared/seeds): the five kinds
 * of foot massage, what each helps with, and the step-by-step session.
 */
final class DemoMenu {

    private DemoMenu() {
    }

    /** One step of the seed's session, toes to hip, then the nerve trunks. */
    private record Step(BodyArea area, ClientPosition position, String title, String instruction) {
    }

    private static final List<Step> SESSION = List.of(
            new Step(TOES, LYING_ON_BACK, "Toes",
                    "Cushion under the knees. Work each toe from the top and from the sole side with light strokes and small circular movements."),
            new Step(FOOT, LYING_ON_BACK, "Foot",
                    "Glide the palm over the arch and heel, rub the top of the foot with the fingertips, and treat the sole with firmer pressure to release tension."),
            new Step(ANKLE, LYING_ON_BACK, "Ankle joint",
                    "Encircle the ankle with both hands: continuous movements from the front and sides, then spiral and circular rubbing. Finish with stroking."),
            new Step(CALF, LYING_ON_STOMACH, "Calf",
                    "Small cushion under the ankles. Warming strokes, deep kneading and gentle vibration; give the gastrocnemius special attention."),
            new Step(KNEE, LYING_ON_BACK, "Knee joint",
                    "Circular rubbing with both hands. Approach the back of the knee carefully: nerves and blood vessels lie close there."),
            new Step(THIGH, LYING_ON_BACK, "Thigh",
                    "Front, inner and back muscle groups in turn: encircling strokes, rubbing, longitudinal and transverse kneading, light shaking."),
            new Step(GLUTES, LYING_ON_STOMACH, "Glutes",
                    "Stroking, rubbing, deeper kneading with pressure, and shaking movements to relax the tissues."),
            new Step(HIP, LYING_ON_BACK, "Hip joint",
                    "Strokes and rubs from different directions around the joint to improve mobility and circulation."));

    private static final Step NERVE_TRUNKS = new Step(null, LYING_ON_BACK, "Nerve trunks",
            "Return to the main nerve trunks of the legs: stroking, rubbing, deep kneading and vibration to harmonise the effect.");

    static List<Treatment> treatments(String currency) {
        return List.of(
                treatment("RELAXING_FOOT", TreatmentCategory.RELAXING, "Relaxing foot ritual",
                        "Slow, calming strokes for tired feet: toes, soles and ankles.",
                        "An unhurried massage that begins with each toe, glides over the arch and heel and ends with soothing strokes around the ankle. It focuses on stress relief, calming body and mind.",
                        "stress, poor sleep, feet tired from a long day of standing or walking",
                        EnumSet.of(TOES, FOOT, ANKLE), 1, currency, "36.00", "48.00", "59.00"),
                treatment("RELAXING_LEGS", TreatmentCategory.RELAXING, "Calm legs massage",
                        "From the toes to the thighs: warmth, rhythm and rest for both legs.",
                        "The whole leg is stroked, rubbed and kneaded in a slow rhythm, calf and thigh included, so that heavy legs feel light again. A quiet hour that lowers stress and helps you sleep.",
                        "muscle tension, cramps, stress, restless legs in the evening",
                        EnumSet.of(TOES, FOOT, ANKLE, CALF, KNEE, THIGH), 2, currency, "42.00", "56.00", "69.00"),
                treatment("LYMPHATIC", TreatmentCategory.LYMPHATIC_DRAINAGE, "Lymphatic drainage",
                        "Gentle, rhythmic movements that move fluid upward to reduce swelling.",
                        "Light, rhythmic strokes always move upward, from the foot to the thigh, to support the flow of lymph. It reduces swelling and fluid retention and leaves the legs light.",
                        "swelling, fluid retention, heavy legs after long flights or long days on your feet",
                        EnumSet.of(FOOT, ANKLE, CALF, KNEE, THIGH), 3, currency, "46.00", "62.00", "78.00"),
                treatment("ANTI_CELLULITE", TreatmentCategory.ANTI_CELLULITE, "Anti-cellulite massage",
                        "Focused kneading of the problem areas to improve skin tone and elasticity.",
                        "Deep kneading, rubbing and shaking of the calves, thighs, glutes and hips. Performed correctly and as a course of two to three sessions a week, it improves skin tone and elasticity.",
                        "uneven skin, low skin tone, sluggish circulation in the thighs and hips",
                        EnumSet.of(CALF, THIGH, GLUTES, HIP), 4, currency, "49.00", "66.00", "82.00"),
                treatment("PREVENTIVE", TreatmentCategory.PREVENTIVE, "Preventive leg care",
                        "Keeps circulation healthy and muscles relaxed for people on their feet all day.",
                        "A regular massage that maintains healthy circulation, keeps muscles relaxed and helps prevent cramps and varicose veins. Recommended two to three times a week for long working days.",
                        "long hours of standing or sitting, cramps, a feeling of heaviness",
                        EnumSet.of(FOOT, ANKLE, CALF, KNEE, THIGH), 5, currency, "39.00", "52.00", "64.00"),
                treatment("THERAPEUTIC", TreatmentCategory.CLASSICAL_THERAPEUTIC, "Classical therapeutic massage",
                        "The full classical sequence from toes to hip, tailored to a specific concern.",
                        "The complete session as therapists learn it: toes, foot, ankle, calf, knee, thigh, glutes and hip joint, ending on the main nerve trunks. Tailored to a health concern and often recommended by doctors.",
                        "arthritis, arthrosis, osteochondrosis, flat feet, heel spurs, scoliosis, radiculitis, recovery after sports injuries",
                        EnumSet.allOf(BodyArea.class), 6, currency, "52.00", "72.00", "89.00"));
    }

    private static Treatment treatment(String code, TreatmentCategory category, String name, String summary,
                                       String description, String helpsWith, Set<BodyArea> areas, int order,
                                       String currency, String price30, String price45, String price60) {
        Treatment t = new Treatment(code, category, name, summary, description, helpsWith, areas, order);
        t.addVariant(30, Money.of(price30, currency));
        t.addVariant(45, Money.of(price45, currency));
        t.addVariant(60, Money.of(price60, currency));
        SESSION.stream().filter(s -> areas.contains(s.area()))
                .forEach(s -> t.addStep(s.area(), s.position(), s.title(), s.instruction()));
        if (category == TreatmentCategory.CLASSICAL_THERAPEUTIC) {
            t.addStep(NERVE_TRUNKS.area(), NERVE_TRUNKS.position(), NERVE_TRUNKS.title(), NERVE_TRUNKS.instruction());
        }
        return t;
    }
}
