package com.spakiosk.menu;

import java.util.List;

/**
 * The active menu at one resource version: the treatments in display order (each with its active
 * durations) and the add-ons, as immutable read models.
 */
public record ActiveMenu(long version, List<MenuTreatment> treatments, List<MenuAddOn> addOns) {
}
