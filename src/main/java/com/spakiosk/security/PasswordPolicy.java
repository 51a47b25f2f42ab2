package com.spakiosk.security;

import java.nio.charset.StandardCharsets;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * What a staff password must be: at least 12 characters (OWASP ASVS 2.1.1), at most 72 bytes in
 * UTF-8 (bcrypt ignores every byte after the 72nd, and Spring refuses longer ones), and not a
 * common or easily guessed one. "Common" is judged by nbvcxz, which knows leaked-password
 * lists, words, names, keyboard walks, dates and l33t spellings: a password whose estimated
 * entropy is below {@link #MIN_ENTROPY_BITS} is refused.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 72;
    /**
     * About a billion guesses; with bcrypt at strength 12 (a quarter of a second each) that is
     * years of offline work per password, and online the throttles allow a few dozen a day.
     */
    static final double MIN_ENTROPY_BITS = 30;

    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS).createConfiguration());

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with a message a manager can act on. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            throw new WeakPasswordException(WeakPasswordException.Kind.TOO_SHORT,
                    "A password has at least " + MIN_CHARACTERS + " characters");
        }
        if (isTooLong(password)) {
            throw new WeakPasswordException(WeakPasswordException.Kind.TOO_LONG, "A password has at most " + MAX_BYTES
                    + " bytes: about 72 Latin or 36 Cyrillic letters (this one has "
                    + password.getBytes(StandardCharsets.UTF_8).length + ")");
        }
        if (!isHardToGuess(password)) {
            throw new WeakPasswordException(WeakPasswordException.Kind.TOO_COMMON, "This password is too common or too easy to guess: "
                    + "choose a longer phrase of unrelated words");
        }
    }

    /** Longer than bcrypt can tell apart: sign-in treats such a password as simply wrong. */
    static boolean isTooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static boolean isHardToGuess(String password) {
        synchronized (ESTIMATOR) { // nbvcxz does not promise thread safety; passwords are set rarely
            return ESTIMATOR.estimate(password).isMinimumEntropyMet();
        }
    }

    /** A password the policy refuses; the message says why, and never contains the password. */
    public static class WeakPasswordException extends IllegalArgumentException {

        /** Which rule it breaks, so that a screen can say so in the staff member's language. */
        public enum Kind { TOO_SHORT, TOO_LONG, TOO_COMMON }

        private final Kind kind;

        WeakPasswordException(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }
}
