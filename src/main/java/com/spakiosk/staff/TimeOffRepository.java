package com.spakiosk.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {
}
