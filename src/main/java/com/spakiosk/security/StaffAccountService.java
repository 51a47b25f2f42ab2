package com.spakiosk.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating and looking them up for sign-in, the manager's changes (disable,
 * enable, reset a password, change the role) and everyone's change of their own password.
 * Every change is a security event. A change that could leave the spa without an active manager
 * takes every account row's lock first, so two managers demoting or disabling each other at
 * the same moment, even on two app instances, cannot both succeed.
 */
@Service
public class StaffAccountService {

    /**
     * An authority of a session whose password a manager chose: until its owner has chosen their
     * own, every staff page sends them to change it.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityEvents events;

    StaffAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                        SecurityEvents events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates an account. The password must meet the {@link PasswordPolicy} (12+ characters, at
     * most 72 bytes, not common) and is stored only as a bcrypt hash. Logged as a security event,
     * with the signed-in manager as its actor.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccount createAccount(String username, String displayName, String password, Set<StaffRole> roles) {
        return createAccountUnchecked(username, displayName, password, roles);
    }

    /**
     * A manager creates an account with a first password (the {@link PasswordPolicy}) and one
     * role; its owner must choose their own password at the first sign-in.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccountSummary createWithFirstPassword(String username, String displayName, String firstPassword,
                                                       StaffRole role) {
        StaffAccount created = createAccountUnchecked(username, displayName, firstPassword, Set.of(role));
        created.requirePasswordChange();
        return StaffAccountSummary.of(accounts.saveAndFlush(created));
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public List<StaffAccountSummary> accounts() {
        return accounts.findAll().stream().sorted(Comparator.comparing(StaffAccount::getUsername))
                .map(StaffAccountSummary::of).toList();
    }

    /**
     * Disables an account: it can no longer sign in, and its open sessions end at their next
     * request. Refused for one's own account and for the last active manager.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccountSummary disable(long accountId, long version) {
        StaffAccount account = lockedForChange(accountId, version, "disable");
        if (account.isEnabled()) {
            requireAnotherActiveManager(account, "disable");
            account.disable();
            events.accountDisabled(account.getUsername(), Actor.required());
        }
        return StaffAccountSummary.of(accounts.saveAndFlush(account));
    }

    /** Enables a disabled account again; it signs in with the password it had. */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccountSummary enable(long accountId, long version) {
        StaffAccount account = lockedForChange(accountId, version, "enable");
        if (!account.isEnabled()) {
            account.enable();
            events.accountEnabled(account.getUsername(), Actor.required());
        }
        return StaffAccountSummary.of(accounts.saveAndFlush(account));
    }

    /**
     * Gives an account one role (a manager may also work the desk). Its open sessions end, so
     * the new role applies at once. Refused for one's own account and for demoting the last
     * active manager.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccountSummary changeRole(long accountId, long version, StaffRole role) {
        StaffAccount account = lockedForChange(accountId, version, "change the role of");
        if (!account.getRoles().equals(Set.of(role))) {
            if (role != StaffRole.MANAGER) {
                requireAnotherActiveManager(account, "demote");
            }
            account.changeRole(role);
            events.roleChanged(account.getUsername(), role, Actor.required());
        }
        return StaffAccountSummary.of(accounts.saveAndFlush(account));
    }

    /**
     * Sets a temporary password (the {@link PasswordPolicy}) that the owner must replace at the
     * next sign-in; their open sessions end. For one's own password, see {@link #changeOwnPassword}.
     */
    @Transactional
    @RolesAllowed(Roles.MANAGER)
    public StaffAccountSummary resetPassword(long accountId, long version, String temporaryPassword) {
        StaffAccount.checkPasswordPolicy(temporaryPassword);
        StaffAccount account = lockedForChange(accountId, version, "reset the password of");
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        events.passwordReset(account.getUsername(), Actor.required());
        return StaffAccountSummary.of(accounts.saveAndFlush(account));
    }

    /**
     * The signed-in staff member replaces their own password; the current one is required. This
     * also ends a required change after a reset.
     */
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = Actor.required();
        StaffAccount account = accounts.findByUsername(username).filter(StaffAccount::isEnabled)
                .orElseThrow(() -> new StaffAccountException(StaffAccountException.Reason.NOT_FOUND, "No such account"));
        if (currentPassword == null || PasswordPolicy.isTooLong(currentPassword)
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            events.passwordChangeFailed(username);
            throw new StaffAccountException(StaffAccountException.Reason.WRONG_PASSWORD, "The current password is wrong");
        }
        StaffAccount.checkPasswordPolicy(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new StaffAccountException(StaffAccountException.Reason.SAME_PASSWORD,
                    "Choose a password other than the current one");
        }
        account.changeOwnPassword(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
        events.passwordChanged(username);
    }

    /** Whether the signed-in staff member must replace a password a manager chose. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public boolean mustChangeOwnPassword() {
        return accounts.findByUsername(Actor.required()).map(StaffAccount::mustChangePassword).orElse(false);
    }

    /** Remembers a successful sign-in, for the manager's list. */
    @Transactional
    void recordSignIn(String username) {
        accounts.recordSignIn(StaffAccount.normalizeUsername(username), clock.instant());
    }

    /** The session stamp of an enabled account (empty: disabled or gone), checked on every staff request. */
    @Transactional(readOnly = true)
    Optional<Long> sessionStamp(String username) {
        return accounts.findEnabledStamp(username);
    }

    /**
     * Takes every account's row lock, then loads the account fresh and checks that it is the
     * version the manager saw and not their own.
     */
    private StaffAccount lockedForChange(long accountId, long version, String what) {
        accounts.lockAll();
        StaffAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new StaffAccountException(StaffAccountException.Reason.NOT_FOUND, "No such account"));
        String actor = Actor.required();
        if (account.getUsername().equals(actor)) {
            events.accountChangeRefused(account.getUsername(), "own account", actor);
            throw new StaffAccountException(StaffAccountException.Reason.OWN_ACCOUNT,
                    "You cannot " + what + " your own account; another manager can");
        }
        if (account.getVersion() != version) {
            throw new StaffAccountException(StaffAccountException.Reason.STALE,
                    "Someone changed this account in the meantime");
        }
        return account;
    }

    /** Under the lock of {@link #lockedForChange}: the count is what every other change committed. */
    private void requireAnotherActiveManager(StaffAccount account, String what) {
        if (account.isEnabled() && account.isManager() && accounts.countEnabledManagers() <= 1) {
            events.accountChangeRefused(account.getUsername(), "last active manager", Actor.required());
            throw new StaffAccountException(StaffAccountException.Reason.LAST_MANAGER,
                    "You cannot " + what + " the last active manager");
        }
    }

    /** Creates the first manager from configuration, when no manager exists yet. */
    @Transactional
    boolean createFirstManager(String username, String password) {
        if (accounts.existsEnabledManager()) {
            return false;
        }
        createAccountUnchecked(username, "Manager", password, Set.of(StaffRole.MANAGER));
        return true;
    }

    /** Whether any enabled manager account exists (the start-up asks: without one, nobody could manage the spa). */
    @Transactional(readOnly = true)
    boolean hasEnabledManager() {
        return accounts.existsEnabledManager();
    }

    /** Whether an account with this username exists (case-insensitively). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.MANAGER)
    public boolean exists(String username) {
        return accounts.existsByUsername(StaffAccount.normalizeUsername(username));
    }

    @Transactional(readOnly = true)
    UserDetails loadUser(String username) {
        String normalized;
        try {
            normalized = StaffAccount.normalizeUsername(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("No such account");
        }
        StaffAccount account = accounts.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        account.getRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(authorities)
                .build();
    }

    private StaffAccount createAccountUnchecked(String username, String displayName, String password,
                                                Set<StaffRole> roles) {
        String normalized = StaffAccount.normalizeUsername(username);
        StaffAccount.checkPasswordPolicy(password);
        if (accounts.existsByUsername(normalized)) {
            throw new StaffAccountException(StaffAccountException.Reason.USERNAME_TAKEN,
                    "The username " + normalized + " is taken");
        }
        StaffAccount created = accounts.save(new StaffAccount(normalized, displayName, passwordEncoder.encode(password),
                roles, clock.instant()));
        events.accountCreated(normalized, roles, Actor.current().orElse("configuration"));
        return created;
    }
}
