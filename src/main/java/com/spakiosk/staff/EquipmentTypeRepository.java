package com.spakiosk.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentTypeRepository extends JpaRepository<EquipmentType, Long> {

    Optional<EquipmentType> findByNameIgnoreCase(String name);

    Optional<EquipmentType> findByCodeIgnoreCase(String code);
}
