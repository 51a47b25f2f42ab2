package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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

    @Version
    private long version;

    /** Ids of the treatments (menu package) this therapist may perform. */
    @ElementCollection
    @CollectionTable(name = "therapist_skill", joinColumns = @JoinColumn(name = "therapist_id"))
    @Column(name = "treatment_id")
    private Set<Long> skills = new HashSet<>();

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

    /** Adds the shift for one weekday; a therapist works at most one shift a day. */
    public WeeklyShift addShift(DayOfWeek day, LocalTime start, LocalTime end) {
        if (shifts.stream().anyMatch(s -> s.getDayOfWeek() == day)) {
            throw new IllegalArgumentException(displayName + " already has a shift on " + day);
        }
        WeeklyShift shift = new WeeklyShift(this, day, start, end);
        shifts.add(shift);
        return shift;
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
