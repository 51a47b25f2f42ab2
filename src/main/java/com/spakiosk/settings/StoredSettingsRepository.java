package com.spakiosk.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredSettingsRepository extends JpaRepository<StoredSettings, Integer> {
}
