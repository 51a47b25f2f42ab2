package com.spakiosk.menu;

/** A treatment or add-on named for a choice list (e.g. what a screening rule applies to), on the menu or not. */
public record MenuItem(long id, String code, String name, boolean active) {
}
