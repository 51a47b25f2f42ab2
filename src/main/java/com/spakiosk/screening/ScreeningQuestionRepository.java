package com.spakiosk.screening;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScreeningQuestionRepository extends JpaRepository<ScreeningQuestion, Long> {

    @Query("select distinct q from ScreeningQuestion q left join fetch q.rules where q.active = true order by q.displayOrder")
    List<ScreeningQuestion> findActiveWithRules();
}
