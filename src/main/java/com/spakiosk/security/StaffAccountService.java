package com.spakiosk.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: creating them, and looking them up for sign-in. */
@Service
public class StaffAccountService {

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
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }

    private StaffAccount createAccountUnchecked(String username, String displayName, String password,
                                                Set<StaffRole> roles) {
        String normalized = StaffAccount.normalizeUsername(username);
        StaffAccount.checkPasswordPolicy(password);
        if (accounts.existsByUsername(normalized)) {
            throw new IllegalArgumentException("The username " + normalized + " is taken");
        }
        StaffAccount created = accounts.save(new StaffAccount(normalized, displayName, passwordEncoder.encode(password),
                roles, clock.instant()));
        events.accountCreated(normalized, roles, Actor.current().orElse("configuration"));
        return created;
    }
}
