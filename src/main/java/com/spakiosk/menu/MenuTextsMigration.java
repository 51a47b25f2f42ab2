package com.spakiosk.menu;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V16: a spa whose menu was loaded before V15 had its German and Russian words only in
 * the shipped bundle; this copies them into {@code menu_text} once, for the items it holds.
 */
@Component
class MenuTextsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("16");
    }

    @Override
    public String getDescription() {
        return "menu texts from bundle";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        BundledMenuTexts.copyInto(context.getConnection());
    }
}
