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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A priced extra: aromatherapy, hot stones, a herbal compress, a warm foot soak. It adds
 * minutes, may need a piece of equipment for its part of the session, and goes only with
 * the treatments it lists.
 */
@Entity
public class AddOn extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int MAX_EXTRA_MINUTES = 60;
    public static final int MAX_EQUIPMENT_UNITS = 100;

    private String code;
    private String name;
    private String description;
    private BigDecimal priceAmount;
    private String currency;
    private int extraMinutes;

    @Enumerated(EnumType.STRING)
    private AddOnPlacement placement;

    /** Id of the equipment type (staff package) this add-on occupies, if any. */
    private Long equipmentTypeId;

    /** How many units of that equipment one session takes (counted by the scheduling engine). */
    private int equipmentUnits = 1;

    private int displayOrder;
    private boolean active;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "add_on_body_area", joinColumns = @JoinColumn(name = "add_on_id"))
    @Column(name = "body_area")
    @Enumerated(EnumType.STRING)
    private Set<BodyArea> bodyAreas = new HashSet<>();

    @OneToMany(mappedBy = "addOn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("displayOrder")
    private List<AddOnOption> options = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "add_on_treatment",
            joinColumns = @JoinColumn(name = "add_on_id"),
            inverseJoinColumns = @JoinColumn(name = "treatment_id"))
    private Set<Treatment> allowedTreatments = new HashSet<>();

    protected AddOn() {
    }

    public AddOn(String code, String name, String description, Money price, int extraMinutes,
                 AddOnPlacement placement, Set<BodyArea> bodyAreas, int displayOrder) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.name = Require.text(name, NAME_MAX, "Name");
        this.description = Require.text(description, DESCRIPTION_MAX, "Description");
        setPrice(price);
        this.extraMinutes = Require.range(extraMinutes, 0, MAX_EXTRA_MINUTES, "Extra minutes");
        this.placement = Require.present(placement, "Placement");
        this.bodyAreas.addAll(bodyAreas);
        this.displayOrder = displayOrder;
        this.active = true;
    }

    public void setPrice(Money price) {
        Require.present(price, "Price");
        this.priceAmount = price.amount();
        this.currency = price.currency().getCurrencyCode();
    }

    public void requireEquipment(Long equipmentTypeId) {
        requireEquipment(equipmentTypeId, 1);
    }

    /** The equipment type the add-on occupies (null for none) and how many units of it. */
    public void requireEquipment(Long equipmentTypeId, int units) {
        this.equipmentTypeId = equipmentTypeId;
        this.equipmentUnits = Require.range(units, 1, MAX_EQUIPMENT_UNITS, "Equipment units");
    }

    /** A new code (the manager's rename); the caller moves the translations keyed by the old one. */
    public void changeCode(String code) {
        this.code = Require.text(code, CODE_MAX, "Code");
    }

    public void rename(String name, String description) {
        this.name = Require.text(name, NAME_MAX, "Name");
        this.description = Require.text(description, DESCRIPTION_MAX, "Description");
    }

    public void setExtraMinutes(int extraMinutes) {
        this.extraMinutes = Require.range(extraMinutes, 0, MAX_EXTRA_MINUTES, "Extra minutes");
    }

    public void setPlacement(AddOnPlacement placement) {
        this.placement = Require.present(placement, "Placement");
    }

    public void setBodyAreas(Set<BodyArea> areas) {
        bodyAreas.clear();
        bodyAreas.addAll(areas);
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    /** The treatments it goes with, replacing the earlier list. */
    public void allowOnlyWith(Set<Treatment> treatments) {
        allowedTreatments.clear();
        allowedTreatments.addAll(treatments);
    }

    public java.util.Optional<AddOnOption> option(String code) {
        return options.stream().filter(o -> o.getCode().equals(code)).findFirst();
    }

    public AddOnOption addOption(String code, String label) {
        boolean taken = options.stream().anyMatch(o -> o.getCode().equals(code));
        if (taken) {
            throw new IllegalArgumentException(name + " already has the option " + code);
        }
        AddOnOption option = new AddOnOption(this, code, label, options.size() + 1);
        options.add(option);
        return option;
    }

    public void allowWith(Treatment treatment) {
        allowedTreatments.add(Require.present(treatment, "Treatment"));
    }

    public boolean isAllowedWith(Treatment treatment) {
        return allowedTreatments.contains(treatment);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Money getPrice() {
        return Money.of(priceAmount, currency);
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public AddOnPlacement getPlacement() {
        return placement;
    }

    public Long getEquipmentTypeId() {
        return equipmentTypeId;
    }

    public int getEquipmentUnits() {
        return equipmentUnits;
    }

    public long getVersion() {
        return version;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<BodyArea> getBodyAreas() {
        return Collections.unmodifiableSet(bodyAreas);
    }

    public List<AddOnOption> getOptions() {
        return Collections.unmodifiableList(options);
    }

    public Set<Treatment> getAllowedTreatments() {
        return Collections.unmodifiableSet(allowedTreatments);
    }

    @Override
    public String toString() {
        return "AddOn[" + code + "]";
    }
}
