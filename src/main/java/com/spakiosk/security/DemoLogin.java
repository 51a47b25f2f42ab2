package com.spakiosk.security;

import java.util.Set;

/**
 * The demo spa's logins. Their passwords are published in the README, so they exist only under
 * the {@code demo} profile, and {@link PublishedPasswordGuard} refuses to start without it while
 * any account still accepts one of them.
 */
public enum DemoLogin {
    DESK("desk", "Front desk (demo)", "desk-demo-pass", StaffRole.FRONT_DESK),
    MANAGER("manager", "Manager (demo)", "manager-demo-pass", StaffRole.MANAGER);

    private final String username;
    private final String displayName;
    private final String password;
    private final StaffRole role;

    DemoLogin(String username, String displayName, String password, StaffRole role) {
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String password() {
        return password;
    }

    public Set<StaffRole> roles() {
        return Set.of(role);
    }
}
