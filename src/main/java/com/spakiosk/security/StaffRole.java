package com.spakiosk.security;

/** What a staff member may do. A manager may also work the desk. */
public enum StaffRole {
    FRONT_DESK,
    MANAGER;

    public String authority() {
        return "ROLE_" + name();
    }
}
