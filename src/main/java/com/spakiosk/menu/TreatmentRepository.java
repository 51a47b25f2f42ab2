package com.spakiosk.menu;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    /** The active menu with its variants in one query; body areas follow in one batch. */
    @Query("""
            select distinct t from Treatment t left join fetch t.variants v
            where t.active = true
            order by t.displayOrder, t.name""")
    List<Treatment> findActiveWithVariants();

    Optional<Treatment> findByCode(String code);

    /** Every treatment, on the menu or not, in the kiosk's order. */
    List<Treatment> findAllByOrderByDisplayOrderAscNameAsc();

    /** A treatment to change, its row locked, so two managers' edits queue and the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Treatment t where t.id = :id")
    Optional<Treatment> findForEdit(long id);
}
