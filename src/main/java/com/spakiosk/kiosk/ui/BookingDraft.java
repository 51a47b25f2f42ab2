package com.spakiosk.kiosk.ui;

import com.spakiosk.booking.HoldRequest;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuTreatment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one guest has chosen so far: treatment, duration, add-ons with their options. It lives
 * in the guest's {@link KioskFlow} and is thrown away with it; nothing of it is stored before
 * a hold.
 */
final class BookingDraft {

    private MenuTreatment treatment;
    private MenuTreatment.MenuVariant variant;
    /** Chosen add-ons in menu order, each with its option (the oil) or null. */
    private final Map<MenuAddOn, String> addOns = new LinkedHashMap<>();

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

    /**
     * The same choices in a newer menu (by id: new prices and words, the same treatment, duration,
     * add-ons and oils); false, and nothing changed, when one of them left the menu.
     */
    boolean rebase(java.util.List<MenuTreatment> treatments, java.util.List<MenuAddOn> menuAddOns) {
        if (treatment == null) {
            return true;
        }
        var newTreatment = treatments.stream().filter(t -> t.id() == treatment.id()).findFirst();
        var newVariant = newTreatment.flatMap(t -> t.variants().stream().filter(v -> v.id() == variant.id()).findFirst());
        Map<MenuAddOn, String> newAddOns = new LinkedHashMap<>();
        for (var chosen : addOns.entrySet()) {
            var found = menuAddOns.stream().filter(a -> a.id() == chosen.getKey().id()
                    && a.goesWith(treatment.id()) && (chosen.getValue() == null || a.hasOption(chosen.getValue())))
                    .findFirst();
            if (found.isEmpty()) {
                return false;
            }
            newAddOns.put(found.get(), chosen.getValue());
        }
        if (newVariant.isEmpty()) {
            return false;
        }
        treatment = newTreatment.get();
        variant = newVariant.get();
        addOns.clear();
        addOns.putAll(newAddOns);
        return true;
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

    List<Long> addOnIds() {
        return addOns.keySet().stream().map(MenuAddOn::id).toList();
    }

    List<HoldRequest.AddOnChoice> addOnChoices() {
        List<HoldRequest.AddOnChoice> choices = new ArrayList<>();
        addOns.forEach((a, option) -> choices.add(new HoldRequest.AddOnChoice(a.id(), option)));
        return choices;
    }
}
