package com.spakiosk.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for tests on the shared database: fresh accounts, acting as someone, and a spa
 * whose only active managers are the ones a test names (the others are disabled for the test
 * and enabled again afterwards).
 */
@Component
public class StaffFixture {

    public static final String PASSWORD = "violet harbour tractor 58 quilt";

    private final StaffAccountService accounts;
    private final JdbcTemplate jdbc;
    private final List<Long> parked = new ArrayList<>();

    StaffFixture(StaffAccountService accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A new enabled account with {@link #PASSWORD} and no required change. */
    public String newAccount(String prefix, StaffRole role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        as("fixture", Roles.MANAGER,
                () -> accounts.createAccount(username, "Test " + prefix, PASSWORD, java.util.Set.of(role)));
        return username;
    }

    public long id(String username) {
        return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
    }

    public long version(String username) {
        return jdbc.queryForObject("select version from staff_account where username = ?", Long.class, username);
    }

    /** Runs {@code action} signed in as {@code username} with {@code role}, in this thread. */
    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Until {@link #restoreManagers()}, only these accounts are active managers. */
    public void onlyActiveManagers(Collection<String> usernames) {
        List<Long> others = jdbc.queryForList("""
                select a.id from staff_account a join staff_account_role r on r.account_id = a.id
                where r.role = 'MANAGER' and a.enabled = true""", Long.class);
        for (long id : others) {
            String username = jdbc.queryForObject("select username from staff_account where id = ?", String.class, id);
            if (!usernames.contains(username)) {
                jdbc.update("update staff_account set enabled = false where id = ?", id);
                parked.add(id);
            }
        }
    }

    public void restoreManagers() {
        parked.forEach(id -> jdbc.update("update staff_account set enabled = true where id = ?", id));
        parked.clear();
    }

    public long activeManagers() {
        return jdbc.queryForObject("""
                select count(distinct a.id) from staff_account a join staff_account_role r on r.account_id = a.id
                where r.role = 'MANAGER' and a.enabled = true""", Long.class);
    }
}
