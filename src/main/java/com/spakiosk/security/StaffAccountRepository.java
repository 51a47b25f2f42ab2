package com.spakiosk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(a) > 0 from StaffAccount a join a.roles r where r = com.spakiosk.security.StaffRole.MANAGER and a.enabled = true")
    boolean existsEnabledManager();

    @Query("select count(distinct a) from StaffAccount a join a.roles r where r = com.spakiosk.security.StaffRole.MANAGER and a.enabled = true")
    long countEnabledManagers();

    /**
     * Locks every account row until the transaction ends (in id order, so two callers never
     * deadlock): changes that could remove the last active manager take turns, on every app instance.
     */
    @Query(value = "select id from staff_account order by id for update", nativeQuery = true)
    List<Long> lockAll();

    /** The session stamp of an enabled account; empty when it is disabled or gone. */
    @Query("select a.sessionStamp from StaffAccount a where a.username = :username and a.enabled = true")
    Optional<Long> findEnabledStamp(String username);

    /** A bulk update: the sign-in time is no edit of the account, so its version stays. */
    @Modifying
    @Query("update StaffAccount a set a.lastSignInAt = :at where a.username = :username")
    int recordSignIn(String username, Instant at);
}
