package com.spakiosk.menu;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AddOnRepository extends JpaRepository<AddOn, Long> {

    Optional<AddOn> findByCode(String code);

    /** Active add-ons with the treatments they go with; options and body areas follow in batches. */
    @Query("select distinct a from AddOn a left join fetch a.allowedTreatments where a.active = true order by a.displayOrder")
    List<AddOn> findActiveWithTreatments();
}
