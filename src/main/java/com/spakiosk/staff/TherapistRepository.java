package com.spakiosk.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistRepository extends JpaRepository<Therapist, Long> {

    List<Therapist> findByActiveTrueOrderByDisplayName();
}
