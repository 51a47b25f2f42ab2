package com.spakiosk.kiosk.ui;

import com.spakiosk.base.Money;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one guest has chosen so far. It lives in one kiosk view instance and is thrown away
 * with it when the guest is done or walks away; nothing of it is stored before confirmation.
 */
final class BookingDraft {

    /** Who holds the slot: this kiosk guest, and nobody after them. */
    private final String owner = "kiosk-" + java.util.UUID.randomUUID();
    private MenuTreatment treatment;
    private MenuTreatment.MenuVariant variant;
    /** Chosen add-ons in menu order, each with its option (the oil) or null. */
    private final Map<MenuAddOn, String> addOns = new LinkedHashMap<>();
    private Set<String> yesAnswers = Set.of();
    private Instant consentAt;
    private HoldOutcome.Held hold;

    void choose(MenuTreatment treatment) {
        if (!treatment.equals(this.treatment)) {
            this.treatment = treatment;
            this.variant = treatment.variants().getFirst();
            this.addOns.clear();
        }
    }

    void choose(MenuTreatment.MenuVariant variant) {
        this.variant = variant;
    }

    void toggle(MenuAddOn addOn, boolean on) {
        if (on) {
            addOns.putIfAbsent(addOn, addOn.options().isEmpty() ? null : addOn.options().getFirst().code());
        } else {
            addOns.remove(addOn);
        }
    }

    void chooseOption(MenuAddOn addOn, String optionCode) {
        if (addOns.containsKey(addOn)) {
            addOns.put(addOn, optionCode);
        }
    }

    void drop(MenuAddOn addOn) {
        addOns.remove(addOn);
    }

    void screening(Set<String> yes, Instant consentAt) {
        this.yesAnswers = Set.copyOf(yes);
        this.consentAt = consentAt;
    }

    void held(HoldOutcome.Held hold) {
        this.hold = hold;
    }

    String owner() {
        return owner;
    }

    MenuTreatment treatment() {
        return treatment;
    }

    MenuTreatment.MenuVariant variant() {
        return variant;
    }

    Map<MenuAddOn, String> addOns() {
        return addOns;
    }

    boolean has(MenuAddOn addOn) {
        return addOns.containsKey(addOn);
    }

    String option(MenuAddOn addOn) {
        return addOns.get(addOn);
    }

    Set<String> yesAnswers() {
        return yesAnswers;
    }

    Instant consentAt() {
        return consentAt;
    }

    HoldOutcome.Held hold() {
        return hold;
    }

    List<Long> addOnIds() {
        return addOns.keySet().stream().map(MenuAddOn::id).toList();
    }

    List<HoldRequest.AddOnChoice> addOnChoices() {
        List<HoldRequest.AddOnChoice> choices = new ArrayList<>();
        addOns.forEach((a, option) -> choices.add(new HoldRequest.AddOnChoice(a.id(), option)));
        return choices;
    }

    /** The price of the variant and the add-ons, added in one place. */
    Money total() {
        return addOns.keySet().stream().map(MenuAddOn::price).reduce(variant.price(), Money::plus);
    }

    int minutes() {
        return variant.durationMinutes() + addOns.keySet().stream().mapToInt(MenuAddOn::extraMinutes).sum();
    }
}
