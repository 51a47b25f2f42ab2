package com.spakiosk.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistChangeRepository extends JpaRepository<TherapistChange, Long> {

    List<TherapistChange> findTop30ByTherapistIdOrderByChangedAtDescIdDesc(long therapistId);

    Optional<TherapistChange> findFirstByTherapistIdOrderByChangedAtDescIdDesc(long therapistId);
}
