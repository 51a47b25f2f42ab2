package com.spakiosk;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a benchmark ran on, printed first by every benchmark: the same code measured a
 * kiosk flow's p95 at 40 ms on one development box and 57 ms on another, so a figure means little
 * without the CPU model and how busy the machine was (docs/benchmarks.md).
 */
public final class BenchMachine {

    private BenchMachine() {
    }

    public static void print() {
        System.out.printf(Locale.ROOT, "BENCH machine_cpu %s, %d cores%n", cpuModel(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "BENCH machine_load_average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "BENCH machine_java %s %s%n", System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"));
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException notLinux) {
            return System.getProperty("os.arch") + " (no /proc/cpuinfo)";
        }
    }
}
