package com.spakiosk.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistDayChangeRepository extends JpaRepository<TherapistDayChange, Long> {

    List<TherapistDayChange> findByTherapistIdOrderByChangeDate(long therapistId);

    List<TherapistDayChange> findByTherapistIdIn(java.util.Collection<Long> therapistIds);
}
