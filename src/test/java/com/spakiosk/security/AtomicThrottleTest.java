package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Attempts are counted in one locked statement before they are verified, so a burst of parallel
 * attempts cannot all pass the check (issue 7, point 7). Runs on H2 and on PostgreSQL.
 */
@SpringTest
class AtomicThrottleTest {

    private static final int PARALLEL = 32;

    @Autowired LoginThrottleService throttles;
    @Autowired AttemptThrottle attempts;
    @Autowired SecurityEvents events;

    @RepeatedTest(5) // a race shows only sometimes: give it several chances
    void thirty_two_parallel_wrong_attempts_evaluate_at_most_the_threshold() throws Exception {
        AtomicInteger evaluated = new AtomicInteger();
        AuthenticationProvider slowWrongPassword = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                evaluated.incrementAndGet();
                sleep(30); // as long as a bcrypt check, so that the attempts overlap
                throw new BadCredentialsException("Bad credentials");
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
        var signIn = new ThrottlingAuthenticationProvider(slowWrongPassword, throttles, events, username -> { });
        String username = "target-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "192.0.2." + UUID.randomUUID(); // one attacker, fresh for each repetition

        inParallel(() -> {
            var token = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
            token.setDetails(new WebAuthenticationDetails(address, null));
            try {
                signIn.authenticate(token);
            } catch (RuntimeException refusedOrWrong) {
                // both are expected; only the number of evaluations matters
            }
            return null;
        });

        assertThat(evaluated.get()).isBetween(1, ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS.threshold());
    }

    @RepeatedTest(5) // a race shows only sometimes: give it several chances
    void thirty_two_parallel_look_ups_of_one_code_evaluate_at_most_the_code_threshold() throws Exception {
        String code = UUID.randomUUID().toString().substring(0, 6);
        String kiosk = "kiosk-" + UUID.randomUUID();
        List<Optional<Duration>> answers = inParallel(() -> attempts.admitLookup(kiosk, code));
        assertThat(answers.stream().filter(Optional::isEmpty).count())
                .isBetween(1L, (long) ThrottlePolicy.PER_CODE.threshold());
    }

    @RepeatedTest(5) // a race shows only sometimes: give it several chances
    void thirty_two_parallel_look_ups_at_one_kiosk_evaluate_at_most_the_kiosk_threshold() throws Exception {
        String kiosk = "kiosk-" + UUID.randomUUID();
        List<Optional<Duration>> answers = inParallel(
                () -> attempts.admitLookup(kiosk, UUID.randomUUID().toString().substring(0, 6)));
        assertThat(answers.stream().filter(Optional::isEmpty).count())
                .isBetween(1L, (long) ThrottlePolicy.PER_KIOSK.threshold());
    }

    private static <T> List<T> inParallel(Callable<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
