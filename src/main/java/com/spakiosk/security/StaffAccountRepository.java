package com.spakiosk.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(a) > 0 from StaffAccount a join a.roles r where r = com.spakiosk.security.StaffRole.MANAGER and a.enabled = true")
    boolean existsEnabledManager();
}
