package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import javax.management.JMException;
import javax.management.ObjectName;

/** The JVM's live heap and the process's peak resident memory, as the benchmark reports them. */
public final class Memory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private Memory() {
    }

    /**
     * Heap in use right after a full collection: what the run keeps alive, in bytes. The collection is asked of
     * the JVM's diagnostic command, which runs even where {@code -XX:+DisableExplicitGC} turns
     * {@code System.gc()} off (the test JVM).
     */
    public static long liveHeapAfterGc() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcRun", null, null);
        } catch (JMException | RuntimeException e) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's peak resident set size (Linux VmHWM) in bytes, if the system says. */
    static OptionalLong peakRss() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc is not readable: no figure.
        }
        return OptionalLong.empty();
    }

    /**
     * Resets the peak resident set size to the current one (Linux 4.0 and later), so that a later
     * {@link #peakRss()} covers only what follows; false when the system does not allow it.
     */
    static boolean resetPeakRss() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Bytes as megabytes, for printing. */
    static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
