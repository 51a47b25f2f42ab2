package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A treatment room, suited to some treatments (a foot-bath chair, a full-length table). */
@Entity
public class Room extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;

    private String code;
    private String name;
    private boolean active;
    private int displayOrder;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "room_treatment", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "treatment_id")
    private Set<Long> suitableTreatments = new HashSet<>();

    protected Room() {
    }

    public Room(String code, String name) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.name = Require.text(name, NAME_MAX, "Name");
        this.active = true;
    }

    public void suit(long treatmentId) {
        suitableTreatments.add(treatmentId);
    }

    public boolean suits(long treatmentId) {
        return suitableTreatments.contains(treatmentId);
    }

    /** Renames the room (its code, under which its German and Russian names live, stays). */
    public void rename(String name) {
        this.name = Require.text(name, NAME_MAX, "Name");
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The treatments the room is set up for, replacing the ones before. */
    public void suitOnly(Set<Long> treatmentIds) {
        suitableTreatments.clear();
        suitableTreatments.addAll(treatmentIds);
    }

    /** The room's place among the desk calendar's columns (smaller first). */
    public void placeAt(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getSuitableTreatments() {
        return Collections.unmodifiableSet(suitableTreatments);
    }
}
