package com.spakiosk.menu;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MenuChangeRepository extends JpaRepository<MenuChange, Long> {

    List<MenuChange> findByItemKindAndItemIdOrderByChangedAtDescIdDesc(MenuChange.Kind kind, long itemId);

    java.util.Optional<MenuChange> findFirstByItemKindAndItemIdOrderByChangedAtDescIdDesc(MenuChange.Kind kind, long itemId);
}
