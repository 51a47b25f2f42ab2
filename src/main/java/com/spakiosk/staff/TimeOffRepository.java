package com.spakiosk.staff;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

    List<TimeOff> findByTherapistIdAndEndsAtAfterOrderByStartsAt(long therapistId, Instant after);
}
