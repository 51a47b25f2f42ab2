package com.spakiosk.menu;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AddOnRepository extends JpaRepository<AddOn, Long> {

    Optional<AddOn> findByCode(String code);

    /** Active add-ons with the treatments they go with; options and body areas follow in batches. */
    @Query("select distinct a from AddOn a left join fetch a.allowedTreatments where a.active = true order by a.displayOrder")
    List<AddOn> findActiveWithTreatments();

    /** Every add-on, on the menu or not, in the kiosk's order. */
    List<AddOn> findAllByOrderByDisplayOrderAscNameAsc();

    /** An add-on to change, its row locked, so two managers' edits queue and the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AddOn a where a.id = :id")
    Optional<AddOn> findForEdit(long id);
}
