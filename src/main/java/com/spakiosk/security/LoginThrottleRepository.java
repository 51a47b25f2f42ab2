package com.spakiosk.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.throttleKey = :key")
    Optional<LoginThrottle> findForUpdate(String key);
}
