package com.spakiosk.menu;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A choice within an add-on, such as the oil for aromatherapy (lavender, eucalyptus, ...). */
@Entity
public class AddOnOption extends AbstractEntity {

    public static final int LABEL_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "add_on_id")
    private AddOn addOn;

    private String code;
    private String label;
    private int displayOrder;
    private boolean active;

    protected AddOnOption() {
    }

    AddOnOption(AddOn addOn, String code, String label, int displayOrder) {
        this.addOn = addOn;
        this.code = Require.text(code, AddOn.CODE_MAX, "Option code");
        this.label = Require.text(label, LABEL_MAX, "Option label");
        this.displayOrder = displayOrder;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void relabel(String label) {
        this.label = Require.text(label, LABEL_MAX, "Option label");
    }

    /** Retired options stay: bookings name their oil by this option's code. */
    public void setActive(boolean active) {
        this.active = active;
    }
}
