package com.spakiosk.chaos;

/** The files the harness and its child share in the run's folder. */
final class ChaosFiles {

    /** Reference codes whose confirm returned, one a line, written by the child. */
    static final String CODES = "confirmed-codes.txt";
    /** Written by the child once its first booking is confirmed: the load is running. */
    static final String LOAD_RUNNING = "load-running";
    /** Written by the harness after a kill: the holds the killed child left live. */
    static final String STALE_HOLDS = "stale-holds.csv";
    /** Written by the child after re-holding those slots: "reheld blocked". */
    static final String STALE_RESULT = "stale-result.txt";

    private ChaosFiles() {
    }
}
