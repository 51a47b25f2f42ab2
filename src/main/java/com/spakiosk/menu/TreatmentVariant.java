package com.spakiosk.menu;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Money;
import com.spakiosk.base.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One duration of a treatment with its price, e.g. "45 minutes, €62". */
@Entity
public class TreatmentVariant extends AbstractEntity {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_id")
    private Treatment treatment;

    private int durationMinutes;
    private BigDecimal priceAmount;
    private String currency;
    private boolean active;

    protected TreatmentVariant() {
    }

    TreatmentVariant(Treatment treatment, int durationMinutes, Money price) {
        this.treatment = treatment;
        this.durationMinutes = Require.range(durationMinutes, MIN_MINUTES, MAX_MINUTES, "Duration");
        setPrice(price);
        this.active = true;
    }

    public void setPrice(Money price) {
        Require.present(price, "Price");
        this.priceAmount = price.amount();
        this.currency = price.currency().getCurrencyCode();
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Money getPrice() {
        return Money.of(priceAmount, currency);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
