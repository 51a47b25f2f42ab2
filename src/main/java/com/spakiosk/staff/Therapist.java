package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A massage therapist: which treatments they are qualified for, and their weekly hours. */
@Entity
public class Therapist extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int BIO_MAX = 500;

    private String code;
    private String displayName;
    private String bio;
    private boolean active;

    @Enumerated(EnumType.STRING)
    private TherapistColour colour;

    private int rotationWeeks = 1;

    /** The Monday of week 1 of the rotation (null: any Monday, for a plan of one week). */
    private LocalDate rotationAnchor;

    @Version
    private long version;

    /** Ids of the treatments (menu package) this therapist may perform. */
    @ElementCollection
    @CollectionTable(name = "therapist_skill", joinColumns = @JoinColumn(name = "therapist_id"))
    @Column(name = "treatment_id")
    private Set<Long> skills = new HashSet<>();

    /** Ids of the add-ons (menu package) this therapist may give; the engine offers them only for add-ons listed here. */
    @ElementCollection
    @CollectionTable(name = "therapist_add_on", joinColumns = @JoinColumn(name = "therapist_id"))
    @Column(name = "add_on_id")
    private Set<Long> addOnSkills = new HashSet<>();

    @OneToMany(mappedBy = "therapist", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<WeeklyShift> shifts = new ArrayList<>();

    protected Therapist() {
    }

    public Therapist(String code, String displayName, String bio) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.displayName = Require.text(displayName, NAME_MAX, "Name");
        this.bio = Require.optionalText(bio, BIO_MAX, "Bio");
        this.active = true;
    }

    public void addSkill(long treatmentId) {
        skills.add(treatmentId);
    }

    public boolean isQualifiedFor(long treatmentId) {
        return skills.contains(treatmentId);
    }

    public void addAddOnSkill(long addOnId) {
        addOnSkills.add(addOnId);
    }

    /** Adds the shift for one weekday of a weekly plan; a therapist works at most one shift a day. */
    public WeeklyShift addShift(DayOfWeek day, LocalTime start, LocalTime end) {
        return addShift(1, day, start, end);
    }

    /** Adds the shift for one weekday of one rotation week; at most one shift a day per week. */
    public WeeklyShift addShift(int week, DayOfWeek day, LocalTime start, LocalTime end) {
        if (shifts.stream().anyMatch(s -> s.getWeek() == week && s.getDayOfWeek() == day)) {
            throw new IllegalArgumentException(displayName + " already has a shift on " + day + " of week " + week);
        }
        WeeklyShift shift = new WeeklyShift(this, week, day, start, end);
        shifts.add(shift);
        return shift;
    }

    /** The manager's edit of name, bio, colour, being active and qualifications (validated by the editor). */
    void describe(String displayName, String bio, boolean active, TherapistColour colour, Set<Long> skills,
                  Set<Long> addOnSkills) {
        this.displayName = Require.text(displayName, NAME_MAX, "Name");
        this.bio = Require.optionalText(bio, BIO_MAX, "Bio");
        this.active = active;
        this.colour = colour;
        this.skills.clear();
        this.skills.addAll(skills);
        this.addOnSkills.clear();
        this.addOnSkills.addAll(addOnSkills);
    }

    /**
     * Replaces the shift plan. Shifts are changed in place where week and day stay, so that the
     * database never holds two shifts for one day in between (its key forbids that).
     */
    void replan(int rotationWeeks, LocalDate anchor, List<ShiftEdit> plan) {
        this.rotationWeeks = rotationWeeks;
        this.rotationAnchor = anchor;
        Map<String, ShiftEdit> wanted = new java.util.LinkedHashMap<>();
        plan.forEach(p -> wanted.put(p.week() + ":" + p.day(), p));
        shifts.removeIf(s -> !wanted.containsKey(s.getWeek() + ":" + s.getDayOfWeek()));
        for (WeeklyShift shift : shifts) {
            shift.change(wanted.remove(shift.getWeek() + ":" + shift.getDayOfWeek()));
        }
        wanted.values().forEach(p -> addShift(p.week(), p.day(), p.start(), p.end()).change(p));
    }

    public String getCode() {
        return code;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBio() {
        return bio;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public TherapistColour getColour() {
        return colour;
    }

    public void setColour(TherapistColour colour) {
        this.colour = colour;
    }

    public int getRotationWeeks() {
        return rotationWeeks;
    }

    public LocalDate getRotationAnchor() {
        return rotationAnchor;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getAddOnSkills() {
        return Collections.unmodifiableSet(addOnSkills);
    }

    public Set<Long> getSkills() {
        return Collections.unmodifiableSet(skills);
    }

    public List<WeeklyShift> getShifts() {
        return Collections.unmodifiableList(shifts);
    }

    @Override
    public String toString() {
        return "Therapist[" + code + "]";
    }
}
