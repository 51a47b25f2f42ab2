package com.spakiosk.staff;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** Equipment that bookings share, with how many units exist (e.g. two stone heaters). */
@Entity
public class EquipmentType extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int MAX_QUANTITY = 100;

    private String code;
    private String name;
    private int quantity;

    @Version
    private long version;

    protected EquipmentType() {
    }

    public EquipmentType(String code, String name, int quantity) {
        this.code = Require.text(code, CODE_MAX, "Code");
        this.name = Require.text(name, NAME_MAX, "Name");
        this.quantity = Require.range(quantity, 0, MAX_QUANTITY, "Quantity");
    }

    public void rename(String name) {
        this.name = Require.text(name, NAME_MAX, "Name");
    }

    public void setQuantity(int quantity) {
        this.quantity = Require.range(quantity, 0, MAX_QUANTITY, "Quantity");
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

    public int getQuantity() {
        return quantity;
    }
}
