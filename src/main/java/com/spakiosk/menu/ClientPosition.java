package com.spakiosk.menu;

/** How the guest lies or sits for a protocol step (cushions under ankles or knees). */
public enum ClientPosition {
    SEATED,
    LYING_ON_BACK,
    LYING_ON_STOMACH
}
