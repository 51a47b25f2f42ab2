package com.spakiosk.menu;

import com.spakiosk.base.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A read-only view of one menu item as the kiosk shows it. */
public record MenuTreatment(
        long id,
        String code,
        TreatmentCategory category,
        String name,
        String summary,
        String description,
        String helpsWith,
        Set<BodyArea> bodyAreas,
        List<MenuVariant> variants,
        boolean kioskVisible) {

    public MenuTreatment {
        bodyAreas = Set.copyOf(bodyAreas);
        variants = variants.stream().sorted(Comparator.comparingInt(MenuVariant::durationMinutes)).toList();
    }

    /** The lowest price of the active variants: the "from" price on a card. */
    public Money fromPrice() {
        return variants.stream().map(MenuVariant::price).min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException(code + " has no active variant"));
    }

    static MenuTreatment of(Treatment t) {
        List<MenuVariant> variants = t.getVariants().stream()
                .filter(TreatmentVariant::isActive)
                .map(v -> new MenuVariant(v.getId(), v.getDurationMinutes(), v.getPrice()))
                .toList();
        return new MenuTreatment(t.getId(), t.getCode(), t.getCategory(), t.getName(), t.getSummary(),
                t.getDescription(), t.getHelpsWith(), t.getBodyAreas(), variants, t.isKioskVisible());
    }

    /** One bookable duration of a treatment. */
    public record MenuVariant(long id, int durationMinutes, Money price) {
    }
}
