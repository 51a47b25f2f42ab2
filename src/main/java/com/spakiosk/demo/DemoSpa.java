package com.spakiosk.demo;

import com.spakiosk.base.DemoMode;
import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.AddOn;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.BodyArea;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.Treatment;
import com.spakiosk.screening.ScreeningQuestion;
import com.spakiosk.screening.ScreeningService;
import com.spakiosk.screening.Verdict;
import com.spakiosk.security.DemoLogin;
import com.spakiosk.security.StaffAccountService;
import com.spakiosk.staff.EquipmentType;
import com.spakiosk.staff.Room;
import com.spakiosk.staff.StaffService;
import com.spakiosk.staff.Therapist;
import com.spakiosk.staff.TherapistColour;
import com.spakiosk.staff.TimeOff;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A realistic small spa built from the seed articles: six treatments of the five kinds,
 * four add-ons, the seed's contraindications as screening questions, six therapists with
 * their own skills and hours, four rooms, equipment, and the next days' bookings.
 */
@Component
@Profile(DemoMode.PROFILE)
class DemoSpa {

    private final MenuService menu;
    private final ScreeningService screening;
    private final StaffService staff;
    private final StaffAccountService accounts;
    private final DemoBookings demoBookings;
    private final SpaProperties spa;
    private final Clock clock;

    DemoSpa(MenuService menu, ScreeningService screening, StaffService staff, StaffAccountService accounts,
            DemoBookings demoBookings, SpaProperties spa, Clock clock) {
        this.menu = menu;
        this.screening = screening;
        this.staff = staff;
        this.accounts = accounts;
        this.demoBookings = demoBookings;
        this.spa = spa;
        this.clock = clock;
    }

    void load() {
        String currency = spa.currency().getCurrencyCode();
        EquipmentType heaters = staff.saveEquipment(new EquipmentType("STONE_HEATER", "Stone heater", 2));
        EquipmentType footBaths = staff.saveEquipment(new EquipmentType("FOOT_BATH", "Foot bath", 2));
        EquipmentType steamer = staff.saveEquipment(new EquipmentType("COMPRESS_STEAMER", "Herbal compress steamer", 1));

        Map<String, Treatment> treatments = DemoMenu.treatments(currency).stream()
                .map(menu::saveTreatment)
                .collect(Collectors.toMap(Treatment::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, AddOn> addOns = addOns(currency, treatments, heaters, footBaths, steamer);
        screeningQuestions(treatments, addOns);
        List<Room> rooms = rooms(treatments);
        List<Therapist> therapists = therapists(treatments, addOns);
        timeOff(therapists);
        createAccounts();
        menu.importBundledTexts();
        demoBookings.book(List.copyOf(treatments.values()), addOns, rooms, therapists,
                Map.of(heaters.getId(), heaters.getQuantity(), footBaths.getId(), footBaths.getQuantity(),
                        steamer.getId(), steamer.getQuantity()));
    }

    private Map<String, AddOn> addOns(String currency, Map<String, Treatment> t, EquipmentType heaters,
                                      EquipmentType footBaths, EquipmentType steamer) {
        AddOn aroma = new AddOn("AROMATHERAPY", "Aromatherapy",
                "A few drops of essential oil in the massage oil and a diffuser nearby. Choose your scent.",
                Money.of("9.00", currency), 0, AddOnPlacement.DURING_MASSAGE, Set.of(), 1);
        aroma.addOption("LAVENDER", "Lavender: calming");
        aroma.addOption("EUCALYPTUS", "Eucalyptus: fresh and clearing");
        aroma.addOption("PEPPERMINT", "Peppermint: cooling for tired feet");
        aroma.addOption("BERGAMOT", "Bergamot: bright and uplifting");
        aroma.addOption("CHAMOMILE", "Roman chamomile: soothing");
        t.values().forEach(aroma::allowWith);

        AddOn stones = new AddOn("HOT_STONES", "Hot stones",
                "Smooth basalt stones, warmed and laid along the parts your massage works on, to melt tension "
                        + "layer by layer.",
                Money.of("15.00", currency), 15, AddOnPlacement.DURING_MASSAGE, EnumSet.of(BodyArea.FOOT, BodyArea.CALF), 2);
        stones.requireEquipment(heaters.getId());
        List.of("RELAXING_FOOT", "RELAXING_LEGS", "PREVENTIVE", "THERAPEUTIC").forEach(c -> stones.allowWith(t.get(c)));

        AddOn compress = new AddOn("HERBAL_COMPRESS", "Warm herbal compress",
                "Linen pouches of steamed herbs pressed along the calves and knees for deep, fragrant warmth.",
                Money.of("12.00", currency), 10, AddOnPlacement.DURING_MASSAGE, EnumSet.of(BodyArea.CALF, BodyArea.KNEE), 3);
        compress.requireEquipment(steamer.getId());
        List.of("RELAXING_LEGS", "ANTI_CELLULITE", "PREVENTIVE", "THERAPEUTIC").forEach(c -> compress.allowWith(t.get(c)));

        AddOn soak = new AddOn("FOOT_SOAK", "Warm foot soak",
                "Ten minutes in warm water before the massage to soften the skin and relax the muscles.",
                Money.of("8.00", currency), 10, AddOnPlacement.BEFORE_MASSAGE, EnumSet.of(BodyArea.TOES, BodyArea.FOOT, BodyArea.ANKLE), 4);
        soak.requireEquipment(footBaths.getId());
        t.values().forEach(soak::allowWith);

        Map<String, AddOn> saved = new LinkedHashMap<>();
        for (AddOn a : List.of(aroma, stones, compress, soak)) {
            saved.put(a.getCode(), menu.saveAddOn(a));
        }
        return saved;
    }

    /**
     * The questions a careful therapist asks before leg work, in the order a guest thinks of them:
     * clots and warning signs first, then illness, injury, blood, cancer and pregnancy, then skin,
     * scents, heat and veins. Where the domain texts say to avoid massage, the answer refuses it
     * (with the advice to see a doctor); the desk's review is only for what a therapist can judge.
     */
    private void screeningQuestions(Map<String, Treatment> t, Map<String, AddOn> a) {
        String doctor = " Please consult a doctor first.";
        long aroma = a.get("AROMATHERAPY").getId();
        long stones = a.get("HOT_STONES").getId();
        long compress = a.get("HERBAL_COMPRESS").getId();
        long soak = a.get("FOOT_SOAK").getId();
        int order = 0;
        screening.saveQuestion(new ScreeningQuestion("THROMBOSIS",
                "Have you ever had a blood clot (thrombosis) in a leg, or are you being treated for one?",
                "Massage can loosen a clot.", ++order)
                .forEverything(Verdict.BLOCKED, "Leg massage is not advisable with a thrombosis." + doctor));
        screening.saveQuestion(new ScreeningQuestion("LEG_SWELLING",
                "Has a leg swollen suddenly or more than the other, or do you have pain in a calf?",
                "These can be signs of a blood clot.", ++order)
                .forEverything(Verdict.BLOCKED, "Sudden or one-sided swelling and calf pain need a doctor's check "
                        + "before any massage. Please see a doctor first."));
        screening.saveQuestion(new ScreeningQuestion("ACUTE_INFECTION",
                "Do you have a fever, a cold or another acute infection today?",
                "Massage spreads circulation while the body fights an infection.", ++order)
                .forEverything(Verdict.BLOCKED, "Please come back when you are well again."));
        screening.saveQuestion(new ScreeningQuestion("CHRONIC_FLARE",
                "Is a chronic illness flaring up right now?", "", ++order)
                .forEverything(Verdict.BLOCKED, "Massage is best avoided during a flare-up." + doctor));
        screening.saveQuestion(new ScreeningQuestion("RECENT_INJURY",
                "Have you had an acute injury (such as a sprain or a torn muscle) or an operation in the last few weeks?",
                "Fresh tissue needs time to heal.", ++order)
                .forEverything(Verdict.BLOCKED, "A fresh injury or operation must heal first. "
                        + "Please ask your doctor when massage is right for you again."));
        screening.saveQuestion(new ScreeningQuestion("BLOOD_DISORDER",
                "Do you have a blood disorder, such as a clotting or bleeding disorder?",
                "Massage can cause bruising or bleeding.", ++order)
                .forEverything(Verdict.BLOCKED, "Massage is not advisable with a blood disorder." + doctor));
        screening.saveQuestion(new ScreeningQuestion("BLOOD_THINNERS",
                "Do you take blood thinners (anticoagulants)?",
                "Firm pressure can cause bruising.", ++order)
                .forEverything(Verdict.REVIEW, "A therapist checks with you which pressure is right.")
                .forTreatment(t.get("THERAPEUTIC").getId(), Verdict.BLOCKED,
                        "Deep kneading is not advisable with blood thinners: it can cause bruising.")
                .forTreatment(t.get("ANTI_CELLULITE").getId(), Verdict.BLOCKED,
                        "Deep kneading is not advisable with blood thinners: it can cause bruising."));
        screening.saveQuestion(new ScreeningQuestion("CANCER_TREATMENT",
                "Are you currently receiving treatment for cancer?", "", ++order)
                .forEverything(Verdict.BLOCKED, "During cancer treatment, massage needs your doctor's approval."
                        + doctor));
        screening.saveQuestion(new ScreeningQuestion("PREGNANCY",
                "Are you pregnant?", "", ++order)
                .forEverything(Verdict.CAUTION, "Gentle pressure only, and a comfortable position: "
                        + "on the back with the upper body raised or on the side, never on the stomach.")
                .forTreatment(t.get("ANTI_CELLULITE").getId(), Verdict.BLOCKED,
                        "Anti-cellulite massage is not advisable during pregnancy.")
                .forAddOn(aroma, Verdict.BLOCKED, "Essential oils are not advisable during pregnancy.")
                .forAddOn(stones, Verdict.BLOCKED, "Hot stones are not advisable during pregnancy.")
                .forAddOn(compress, Verdict.BLOCKED, "A warm herbal compress is not advisable during pregnancy."));
        String skin = "We do not work on skin with a wound, a rash or an infection." + doctor;
        var feet = new ScreeningQuestion("FEET_SKIN",
                "Do you have wounds, a rash, a fungal infection or another skin condition on your feet?", "", ++order);
        for (BodyArea area : List.of(BodyArea.TOES, BodyArea.FOOT, BodyArea.ANKLE)) {
            feet.forBodyArea(area, Verdict.BLOCKED, skin);
        }
        screening.saveQuestion(feet);
        // Everything above the ankle: calves, knees, thighs, buttocks and hips.
        var legs = new ScreeningQuestion("LEG_SKIN",
                "Do you have wounds, a rash or another skin condition on your legs above the ankles, "
                        + "your hips or your buttocks?", "", ++order);
        for (BodyArea area : EnumSet.range(BodyArea.CALF, BodyArea.HIPS)) {
            legs.forBodyArea(area, Verdict.BLOCKED, skin);
        }
        legs.forAddOn(soak, Verdict.BLOCKED, "A foot soak is not advisable with a skin condition on the legs.");
        screening.saveQuestion(legs);
        screening.saveQuestion(new ScreeningQuestion("OIL_ALLERGY",
                "Are you allergic to essential oils, herbs or strong scents?", "", ++order)
                .forAddOn(aroma, Verdict.BLOCKED, "Aromatherapy uses essential oils.")
                .forAddOn(compress, Verdict.BLOCKED,
                        "A herbal compress is scented by nature, and the herbs themselves can cause an allergy.")
                .forEverything(Verdict.CAUTION, "Use a neutral, fragrance-free massage oil."));
        screening.saveQuestion(new ScreeningQuestion("HEAT_SENSITIVITY",
                "Are you sensitive to heat, or is the feeling in your feet reduced (for example from diabetes)?",
                "Without full feeling, heat can burn before you notice it.", ++order)
                .forAddOn(stones, Verdict.BLOCKED, "Hot stones are not advisable with heat sensitivity or reduced feeling.")
                .forAddOn(compress, Verdict.BLOCKED,
                        "A warm compress is not advisable with heat sensitivity or reduced feeling.")
                .forAddOn(soak, Verdict.CAUTION, "Keep the water lukewarm and check it with your own hand."));
        screening.saveQuestion(new ScreeningQuestion("VARICOSE_VEINS",
                "Do you have varicose veins?", "", ++order)
                .forEverything(Verdict.CAUTION, "No deep pressure over visible veins.")
                .forTreatment(t.get("ANTI_CELLULITE").getId(), Verdict.REVIEW,
                        "A therapist checks the veins before deep kneading.")
                .forAddOn(stones, Verdict.BLOCKED, "Hot stones are not advisable with varicose veins: heat widens the veins.")
                .forAddOn(compress, Verdict.BLOCKED,
                        "A warm compress is not advisable with varicose veins: heat widens the veins."));
    }

    private List<Room> rooms(Map<String, Treatment> t) {
        Room linden = new Room("LINDEN", "Linden room");
        Room birch = new Room("BIRCH", "Birch room");
        Room willow = new Room("WILLOW", "Willow room");
        Room lounge = new Room("FOOT_LOUNGE", "Foot lounge");
        t.values().forEach(tr -> {
            linden.suit(tr.getId());
            birch.suit(tr.getId());
            willow.suit(tr.getId());
        });
        // Reclining chairs: no table for glute and hip work.
        List.of("RELAXING_FOOT", "RELAXING_LEGS", "LYMPHATIC", "PREVENTIVE").forEach(c -> lounge.suit(t.get(c).getId()));
        return List.of(linden, birch, willow, lounge).stream().map(staff::saveRoom).toList();
    }

    private List<Therapist> therapists(Map<String, Treatment> t, Map<String, AddOn> addOns) {
        var all = List.copyOf(t.keySet());
        List<Therapist> team = List.of(
                therapist("ANNA", "Anna Keller", "Ten years of classical and lymphatic massage.", all,
                        days(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00", "17:00", "12:30", "13:00", t),
                therapist("JONAS", "Jonas Weber", "Sports massage background; loves hot stones.",
                        List.of("RELAXING_FOOT", "RELAXING_LEGS", "PREVENTIVE", "THERAPEUTIC"),
                        days(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), "10:00", "18:00", "13:30", "14:00", t),
                therapist("MIRA", "Mira Novak", "Lymphatic drainage and body contouring.",
                        List.of("LYMPHATIC", "ANTI_CELLULITE", "RELAXING_FOOT", "RELAXING_LEGS"),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                                DayOfWeek.SATURDAY), "12:00", "20:00", "16:00", "16:30", t),
                therapist("LENA", "Lena Fischer", "Weekend specialist for relaxing rituals.",
                        List.of("RELAXING_FOOT", "RELAXING_LEGS", "LYMPHATIC", "ANTI_CELLULITE", "PREVENTIVE"),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        "09:00", "15:00", "12:00", "12:30", t),
                therapist("DANIEL", "Daniel Hoffmann", "Medical masseur; works with doctors' referrals.",
                        List.of("THERAPEUTIC", "PREVENTIVE", "LYMPHATIC"),
                        days(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "08:00", "14:00", "11:00", "11:15", t),
                therapist("SOFIA", "Sofia Romano", "Aromatherapy and relaxing massage.",
                        List.of("RELAXING_FOOT", "RELAXING_LEGS", "ANTI_CELLULITE", "PREVENTIVE"),
                        days(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), "11:00", "19:00", "15:00", "15:30", t));
        // Each a colour of their own on the desk calendar; everyone gives every add-on.
        var colours = TherapistColour.values();
        for (int i = 0; i < team.size(); i++) {
            Therapist therapist = team.get(i);
            therapist.setColour(colours[i % colours.length]);
            addOns.values().forEach(a -> therapist.addAddOnSkill(a.getId()));
        }
        return team.stream().map(staff::saveTherapist).toList();
    }

    private Therapist therapist(String code, String name, String bio, List<String> skills, Set<DayOfWeek> days,
                                String start, String end, String breakStart, String breakEnd,
                                Map<String, Treatment> t) {
        Therapist therapist = new Therapist(code, name, bio);
        skills.forEach(s -> therapist.addSkill(t.get(s).getId()));
        days.forEach(d -> therapist.addShift(d, LocalTime.parse(start), LocalTime.parse(end))
                .addBreak(LocalTime.parse(breakStart), LocalTime.parse(breakEnd)));
        return staff.saveTherapist(therapist);
    }

    private static Set<DayOfWeek> days(DayOfWeek from, DayOfWeek to) {
        return EnumSet.range(from, to);
    }

    /** Jonas is on a training course in a week's time. */
    private void timeOff(List<Therapist> therapists) {
        Therapist jonas = therapists.get(1);
        LocalDate day = LocalDate.now(clock.withZone(spa.zone())).plusDays(7);
        staff.addTimeOff(new TimeOff(jonas.getId(), day.atStartOfDay(spa.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(spa.zone()).toInstant(), "Training course"));
    }

    /** The demo logins printed in the README; only ever created together with the demo data. */
    private void createAccounts() {
        for (DemoLogin login : DemoLogin.values()) {
            if (!accounts.exists(login.username())) {
                accounts.createAccount(login.username(), login.displayName(), login.password(), login.roles());
            }
        }
    }
}
