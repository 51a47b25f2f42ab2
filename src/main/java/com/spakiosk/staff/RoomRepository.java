package com.spakiosk.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    /** In the desk calendar's order. */
    @EntityGraph(attributePaths = "suitableTreatments")
    List<Room> findByActiveTrueOrderByDisplayOrderAscNameAsc();

    @EntityGraph(attributePaths = "suitableTreatments")
    List<Room> findAllByOrderByDisplayOrderAscNameAsc();

    Optional<Room> findByCodeIgnoreCase(String code);

    Optional<Room> findByNameIgnoreCase(String name);
}
