package com.spakiosk.security;

/** Role names for {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String MANAGER = "MANAGER";

    private Roles() {
    }
}
