package com.spakiosk.staff;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    @EntityGraph(attributePaths = "suitableTreatments")
    List<Room> findByActiveTrueOrderByName();
}
