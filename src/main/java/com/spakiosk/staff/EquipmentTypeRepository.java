package com.spakiosk.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentTypeRepository extends JpaRepository<EquipmentType, Long> {
}
