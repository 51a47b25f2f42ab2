package com.spakiosk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns usernames, client addresses and booking codes into keyed hashes (HMAC-SHA256), for the
 * throttle table and the security log: the same input gives the same pseudonym, so counters and
 * log lines still correlate, but neither reveals who or where. The key is
 * {@code SPA_THROTTLE_SECRET} when set (kept outside the database), otherwise a random key
 * generated once into the {@code security_secret} table, so every app instance on one database
 * agrees without configuration.
 */
@Component
class Pseudonyms {

    private static final String SECRET_NAME = "pseudonyms";

    private final String configured;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    Pseudonyms(@Value("${spa.security.throttle-secret:}") String configured, JdbcTemplate jdbc,
               PlatformTransactionManager txManager) {
        this.configured = configured;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(txManager);
        // Never inside a caller's transaction: its rollback must not take the stored secret with it.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Loads (or generates) the key once the schema exists, so no request pays for it. */
    @EventListener(ApplicationReadyEvent.class)
    void loadKey() {
        key();
    }

    /** The full pseudonym of a value of some kind ("account", "address", ...): 43 characters. */
    String of(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] hash = mac.doFinal((kind + "\u0000" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A short pseudonym for log lines: enough to tell values apart, not to look them up. */
    String forLog(String kind, String value) {
        return of(kind, value).substring(0, 12);
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(secret(), "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] secret() {
        if (!configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        String stored = ownTransaction.execute(status -> stored());
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into security_secret (name, secret) values (?, ?)",
                        SECRET_NAME, Base64.getEncoder().encodeToString(fresh)));
            } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
                // its secret is the one everybody uses: read it below
            }
            stored = ownTransaction.execute(status -> stored());
        }
        return Base64.getDecoder().decode(stored);
    }

    private String stored() {
        List<String> rows = jdbc.queryForList("select secret from security_secret where name = ?", String.class,
                SECRET_NAME);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
