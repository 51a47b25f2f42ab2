package com.spakiosk.security;

import com.spakiosk.base.AbstractEntity;
import com.spakiosk.base.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A login for the front desk or a manager. Only the password's bcrypt hash is kept. */
@Entity
public class StaffAccount extends AbstractEntity {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    public static final int NAME_MAX = 100;
    /** OWASP ASVS 2.1.1: at least 12 characters; see {@link PasswordPolicy}. */
    public static final int PASSWORD_MIN = PasswordPolicy.MIN_CHARACTERS;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    private Instant createdAt;
    /** Set when a manager chose the password (a first password or a reset): the owner must replace it. */
    private boolean mustChangePassword;
    private Instant lastSignInAt;
    /** Moves when access changes (disabled, role, password reset): older sessions end (StaffSessionLifetimeFilter). */
    private long sessionStamp;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = new HashSet<>();

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant createdAt) {
        this.username = normalizeUsername(username);
        this.displayName = Require.plainText(displayName, NAME_MAX, "Name");
        this.passwordHash = Require.present(passwordHash, "Password hash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles.addAll(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Usernames are compared case-insensitively: "Anna" and "anna" are one account. */
    public static String normalizeUsername(String username) {
        String u = Require.text(username, USERNAME_MAX, "Username").toLowerCase(java.util.Locale.ROOT);
        if (u.length() < USERNAME_MIN || !USERNAME.matcher(u).matches()) {
            throw new IllegalArgumentException("A username has " + USERNAME_MIN + "-" + USERNAME_MAX
                    + " characters: letters, digits, dot, dash or underscore");
        }
        return u;
    }

    /** Refuses a password that breaks the {@link PasswordPolicy} (length in characters and bytes, common). */
    public static void checkPasswordPolicy(String password) {
        PasswordPolicy.check(password);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<StaffRole> getRoles() {
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean isManager() {
        return roles.contains(StaffRole.MANAGER);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    /** A password a manager chose: the owner is asked for their own at the next sign-in. */
    void requirePasswordChange() {
        mustChangePassword = true;
    }

    void disable() {
        enabled = false;
        sessionStamp++;
    }

    void enable() {
        enabled = true;
    }

    void changeRole(StaffRole role) {
        roles.clear();
        roles.add(role);
        sessionStamp++;
    }

    /** A manager reset the password: sessions end, and the owner must choose a new one at the next sign-in. */
    void resetPassword(String hash) {
        passwordHash = Require.present(hash, "Password hash");
        mustChangePassword = true;
        sessionStamp++;
    }

    /** The owner chose their own password; their other sessions keep working. */
    void changeOwnPassword(String hash) {
        passwordHash = Require.present(hash, "Password hash");
        mustChangePassword = false;
    }
}
