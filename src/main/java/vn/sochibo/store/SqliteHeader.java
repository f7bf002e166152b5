package vn.sochibo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the 100-byte header of a file without opening it as a database, to tell a text file or a copy that was
 * cut off from a database that SQLite itself should look at.
 */
final class SqliteHeader {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SIZE = 100;

    private SqliteHeader() {
    }

    /** The problem the header and the file size already show, or empty when SQLite should check the rest. */
    static Optional<FileProblem> problem(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SIZE);
        }
        if (size == 0 || (head.length < MAGIC.length && Arrays.equals(head, 0, head.length, MAGIC, 0, head.length))) {
            return Optional.of(FileProblem.TRUNCATED);
        }
        if (head.length < MAGIC.length || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.of(FileProblem.NOT_DATABASE);
        }
        if (head.length < SIZE) {
            return Optional.of(FileProblem.TRUNCATED);
        }
        int pageSize = pageSize(head);
        if (pageSize == 0) {
            return Optional.of(FileProblem.DAMAGED);
        }
        if (!hasWal(file) && isCut(head, size, pageSize)) {
            return Optional.of(FileProblem.TRUNCATED);
        }
        return Optional.empty();
    }

    /** True when the file uses a write-ahead log (header bytes 18 and 19 are 2). */
    static boolean walMode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(20);
            return head.length == 20 && head[18] == 2 && head[19] == 2;
        }
    }

    /** True when a non-empty write-ahead log lies beside the file: its pages are not in the file yet. */
    static boolean hasWal(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.isRegularFile(wal) && Files.size(wal) > 0;
    }

    private static boolean isCut(byte[] head, long size, int pageSize) {
        if (size % pageSize != 0) {
            return true;
        }
        // the page count at offset 28 is valid when the change counter (24) equals "version valid for" (92)
        boolean countValid = readInt(head, 24) == readInt(head, 92);
        long pages = Integer.toUnsignedLong(readInt(head, 28));
        return countValid && pages > 0 && size < pages * pageSize;
    }

    private static int pageSize(byte[] head) {
        int raw = ((head[16] & 0xff) << 8) | (head[17] & 0xff);
        int size = raw == 1 ? 65536 : raw;
        boolean powerOfTwo = size >= 512 && size <= 65536 && Integer.bitCount(size) == 1;
        return powerOfTwo ? size : 0;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
