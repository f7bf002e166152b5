package vn.sochibo.service.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/** The memory this process has used at its peak: Java heap by pool, and resident size where the system tells it. */
public final class Memory {
    private static final double MB = 1024.0 * 1024.0;
    private static final Path STATUS = Path.of("/proc/self/status");

    private Memory() {
    }

    /** The sum of every heap pool's peak use, in MB (an upper bound: the pools may peak at different moments). */
    public static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / MB;
    }

    /** The peak resident set size in MB (VmHWM of /proc/self/status); empty where that file does not exist. */
    public static OptionalDouble peakResidentMb() {
        if (!Files.isReadable(STATUS)) {
            return OptionalDouble.empty();
        }
        try {
            return highWaterMark(Files.readAllLines(STATUS));
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    /** The VmHWM line of a status file's lines (in kB), in MB. */
    static OptionalDouble highWaterMark(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("VmHWM:")) {
                String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
                return OptionalDouble.of(Long.parseLong(kb) / 1024.0);
            }
        }
        return OptionalDouble.empty();
    }
}
