package com.spakiosk.menu;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddOnRepository extends JpaRepository<AddOn, Long> {

    Optional<AddOn> findByCode(String code);
}
