package com.spakiosk.screening;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScreeningQuestionRepository extends JpaRepository<ScreeningQuestion, Long> {

    @Query("select distinct q from ScreeningQuestion q left join fetch q.rules where q.active = true order by q.displayOrder")
    List<ScreeningQuestion> findActiveWithRules();

    @Query("select distinct q from ScreeningQuestion q left join fetch q.rules order by q.displayOrder")
    List<ScreeningQuestion> findAllWithRules();

    java.util.Optional<ScreeningQuestion> findByCode(String code);

    /** A question to change, its row locked, so two managers' edits queue. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from ScreeningQuestion q where q.id = :id")
    java.util.Optional<ScreeningQuestion> findForEdit(long id);
}
