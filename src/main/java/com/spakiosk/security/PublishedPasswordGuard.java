package com.spakiosk.security;

import com.spakiosk.base.DemoMode;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start while an enabled account still accepts a password
 * that the README publishes ({@link DemoLogin}): a demo database must never become a spa's real
 * one with its doors open. Runs before the web server takes requests; the
 * {@link PublishedPasswordFailureAnalyzer} turns the refusal into one sentence.
 */
@Component
@Profile("!" + DemoMode.PROFILE)
class PublishedPasswordGuard implements SmartInitializingSingleton {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;

    PublishedPasswordGuard(StaffAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> exposed = accountsWithPublishedPasswords();
        if (!exposed.isEmpty()) {
            throw new PublishedPasswordException(exposed);
        }
    }

    /** Usernames of enabled accounts that a published demo password opens; bcrypt checks, so a few per account. */
    List<String> accountsWithPublishedPasswords() {
        return accounts.findAll().stream()
                .filter(StaffAccount::isEnabled)
                .filter(a -> Arrays.stream(DemoLogin.values()).anyMatch(d -> encoder.matches(d.password(), a.getPasswordHash())))
                .map(StaffAccount::getUsername)
                .sorted()
                .toList();
    }

    /** Some accounts still have a published demo password, and the demo profile is off. */
    static class PublishedPasswordException extends IllegalStateException {

        private final List<String> usernames;

        PublishedPasswordException(List<String> usernames) {
            super("Accounts with a published demo password outside the demo profile: " + usernames);
            this.usernames = List.copyOf(usernames);
        }

        List<String> usernames() {
            return usernames;
        }
    }
}
