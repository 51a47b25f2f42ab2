package com.spakiosk.menu;

/**
 * How the guest lies or sits for a protocol step (cushions under ankles or knees). Seated means
 * reclining with the legs raised, as in the Foot lounge's chairs or on a table with its head end
 * raised: the domain texts allow it for calf work, and it needs no turning over.
 */
public enum ClientPosition {
    SEATED,
    LYING_ON_BACK,
    LYING_ON_STOMACH
}
