package vn.sochibo.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** Data files for backup tests: a real database with members, and damaged, cut or foreign files. */
public final class DataFiles {
    private DataFiles() {
    }

    /** A migrated database (closed) holding {@code members} members with long notes (many pages). */
    public static Path withMembers(Path file, int members) {
        try (Database db = Database.open(file)) {
            addMembers(db, members, "Đảng viên");
        }
        return file;
    }

    /** Adds members named "{prefix} n" in one transaction. */
    public static void addMembers(Database db, int members, String prefix) {
        db.write(tx -> tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO member (full_name, name_key, note) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= members; i++) {
                    ps.setString(1, prefix + " " + i);
                    ps.setString(2, (prefix + " " + i).toLowerCase());
                    ps.setString(3, "Ghi chú dài để dữ liệu chiếm nhiều trang. ".repeat(20));
                    ps.executeUpdate();
                }
            }
            return null;
        }));
    }

    /** A copy of {@code good} with some pages in its middle overwritten, same size (damaged, not cut). */
    public static Path damagedCopy(Path good, Path target) throws IOException {
        Files.copy(good, target);
        long size = Files.size(target);
        try (RandomAccessFile raf = new RandomAccessFile(target.toFile(), "rw")) {
            byte[] garbage = new byte[8192];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.seek(size / 2);
            raf.write(garbage);
            raf.seek(4096 * 2);
            raf.write(garbage);
        }
        return target;
    }

    /** A copy of {@code good} cut to half its length. */
    public static Path truncatedCopy(Path good, Path target) throws IOException {
        byte[] all = Files.readAllBytes(good);
        Files.write(target, Arrays.copyOf(all, all.length / 2 + 100));
        return target;
    }

    /** A text file. */
    public static Path textFile(Path target) throws IOException {
        return Files.writeString(target, "Đây là ghi chú, không phải dữ liệu.\n".repeat(100));
    }

    /** A database written by a "newer version" (user_version far ahead). */
    public static Path newerVersion(Path target) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)");
            st.execute("PRAGMA user_version = 99");
        }
        return target;
    }
}
