package com.spakiosk.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.throttleKey = :key")
    Optional<LoginThrottle> findForUpdate(String key);

    @Modifying
    @Query("delete from LoginThrottle t where t.windowStartedAt < :windowStartedBefore"
            + " and (t.lockedUntil is null or t.lockedUntil <= :now)")
    int deleteExpired(Instant now, Instant windowStartedBefore);
}
