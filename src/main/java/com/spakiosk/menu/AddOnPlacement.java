package com.spakiosk.menu;

/** When an add-on happens: a warm foot soak comes before the massage, hot stones during it. */
public enum AddOnPlacement {
    BEFORE_MASSAGE,
    DURING_MASSAGE
}
