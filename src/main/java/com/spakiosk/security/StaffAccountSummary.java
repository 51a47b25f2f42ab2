package com.spakiosk.security;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the manager's list shows it: no password hash.
 *
 * @param version       the account's version, handed back with a change (optimistic locking)
 * @param lastSignInAt  the last successful sign-in; null when never (or before it was recorded)
 */
public record StaffAccountSummary(long id, long version, String username, String displayName, Set<StaffRole> roles,
                                  boolean enabled, boolean mustChangePassword, Instant lastSignInAt,
                                  Instant createdAt) {

    static StaffAccountSummary of(StaffAccount a) {
        return new StaffAccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.isEnabled(), a.mustChangePassword(), a.getLastSignInAt(), a.getCreatedAt());
    }

    public boolean isManager() {
        return roles.contains(StaffRole.MANAGER);
    }
}
