package com.spakiosk.browser;

/** The ahead-of-time start on PostgreSQL (the {@code postgres} profile and the suite's SPA_DB_*), as in the image. */
class AotStartPostgresIT extends AotStartIT {
}
