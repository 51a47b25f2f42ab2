package com.spakiosk.staff;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistRepository extends JpaRepository<Therapist, Long> {

    @EntityGraph(attributePaths = {"skills", "addOnSkills", "shifts"})
    List<Therapist> findByActiveTrueOrderByDisplayName();

    List<Therapist> findAllByOrderByDisplayName();

    boolean existsByCode(String code);
}
