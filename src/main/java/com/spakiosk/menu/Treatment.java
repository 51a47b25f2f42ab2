package com.spakiosk.menu;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Money;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An item of the treatment menu: what it is, where on the leg it works, its durations and its protocol. */
@Entity
public class Treatment extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int SUMMARY_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int HELPS_WITH_MAX = 1000;

    private String code;

    @Enumerated(EnumType.STRING)
    private TreatmentCategory category;

    private String name;
    private String summary;
    private String description;
    private String helpsWith;
    private int displayOrder;
    private boolean active;
    /** On the menu but not offered at the kiosk: the front desk books it (e.g. after a consultation). */
    private boolean kioskVisible = true;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "treatment_body_area", joinColumns = @JoinColumn(name = "treatment_id"))
    @Column(name = "body_area")
    @Enumerated(EnumType.STRING)
    private Set<BodyArea> bodyAreas = new HashSet<>();

    @OneToMany(mappedBy = "treatment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("durationMinutes")
    private List<TreatmentVariant> variants = new ArrayList<>();

    @OneToMany(mappedBy = "treatment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepOrder")
    private List<ProtocolStep> protocol = new ArrayList<>();

    protected Treatment() {
    }

    public Treatment(String code, TreatmentCategory category, String name, String summary,
                     String description, String helpsWith, Set<BodyArea> bodyAreas, int displayOrder) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.category = Require.present(category, "Category");
        rename(name, summary, description, helpsWith);
        setBodyAreas(bodyAreas);
        this.displayOrder = displayOrder;
        this.active = true;
    }

    public void rename(String name, String summary, String description, String helpsWith) {
        this.name = Require.text(name, NAME_MAX, "Name");
        this.summary = Require.text(summary, SUMMARY_MAX, "Summary");
        this.description = Require.text(description, DESCRIPTION_MAX, "Description");
        this.helpsWith = Require.optionalText(helpsWith, HELPS_WITH_MAX, "Helps with");
    }

    /** A new code (the manager's rename); the caller moves the translations keyed by the old one. */
    public void changeCode(String code) {
        this.code = Require.text(code, CODE_MAX, "Code");
    }

    public void changeCategory(TreatmentCategory category) {
        this.category = Require.present(category, "Category");
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** The protocol's steps, all gone: the editor writes the list anew (after a flush, so orders can repeat). */
    public void clearSteps() {
        protocol.clear();
    }

    public java.util.Optional<TreatmentVariant> variant(long variantId) {
        return variants.stream().filter(v -> v.getId() != null && v.getId() == variantId).findFirst();
    }

    public long getVersion() {
        return version;
    }

    public void setBodyAreas(Set<BodyArea> areas) {
        if (areas == null || areas.isEmpty()) {
            throw new IllegalArgumentException("A treatment works on at least one body area");
        }
        bodyAreas.clear();
        bodyAreas.addAll(areas);
    }

    public TreatmentVariant addVariant(int durationMinutes, Money price) {
        boolean taken = variants.stream().anyMatch(v -> v.getDurationMinutes() == durationMinutes);
        if (taken) {
            throw new IllegalArgumentException(name + " already has a " + durationMinutes + "-minute variant");
        }
        TreatmentVariant variant = new TreatmentVariant(this, durationMinutes, price);
        variants.add(variant);
        return variant;
    }

    public ProtocolStep addStep(BodyArea area, ClientPosition position, String title, String instruction) {
        ProtocolStep step = new ProtocolStep(this, protocol.size() + 1, area, position, title, instruction);
        protocol.add(step);
        return step;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setKioskVisible(boolean kioskVisible) {
        this.kioskVisible = kioskVisible;
    }

    public boolean isKioskVisible() {
        return kioskVisible;
    }

    public String getCode() {
        return code;
    }

    public TreatmentCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getHelpsWith() {
        return helpsWith;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Set<BodyArea> getBodyAreas() {
        return Collections.unmodifiableSet(EnumSet.copyOf(bodyAreas));
    }

    public List<TreatmentVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }

    public List<ProtocolStep> getProtocol() {
        return Collections.unmodifiableList(protocol);
    }

    @Override
    public String toString() {
        return "Treatment[" + code + "]";
    }
}
