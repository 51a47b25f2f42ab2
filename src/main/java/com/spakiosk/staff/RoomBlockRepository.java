package com.spakiosk.staff;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomBlockRepository extends JpaRepository<RoomBlock, Long> {

    List<RoomBlock> findByEndsAtAfterOrderByStartsAt(Instant after);

    List<RoomBlock> findByRoomIdAndEndsAtAfterOrderByStartsAt(long roomId, Instant after);
}
