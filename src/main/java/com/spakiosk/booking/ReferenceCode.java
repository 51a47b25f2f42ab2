package com.spakiosk.booking;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Short booking codes that survive being read aloud or typed on a touchscreen: no 0/O and
 * no 1/I, six characters from 32 symbols (about a billion codes).
 */
public final class ReferenceCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    private final RandomGenerator random;

    public ReferenceCode() {
        this(new SecureRandom());
    }

    public ReferenceCode(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** True when the text could be a code (after upper-casing and trimming by the caller). */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
