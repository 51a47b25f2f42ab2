package com.spakiosk.menu;

import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** A choice within an add-on, such as the oil for aromatherapy (lavender, eucalyptus, ...). */
@Entity
public class AddOnOption {

    public static final int LABEL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() {
        return id;
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AddOnOption other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getClass());
    }
}
