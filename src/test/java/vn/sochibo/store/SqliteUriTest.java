package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only opening by URI finds the file whatever its folder is called, as Path.toUri() did. */
class SqliteUriTest {
    @TempDir
    Path dir;

    @Test
    void of_folderWithSpacesMarksAndVietnamese_opensThatFileReadOnly() throws Exception {
        for (String folder : List.of("Sổ chi bộ", "Chi bộ #3 ?tổ 2", "100% dữ liệu", "a+b=c&d;e")) {
            Path file = dir.resolve(folder).resolve("sổ chi bộ.db");
            Database.open(file).close();

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SqliteUri.of(file) + "?mode=ro");
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertEquals(Migrations.LATEST, rs.getInt(1), folder);
            }
            try (var names = Files.list(file.getParent())) {
                assertEquals(List.of("sổ chi bộ.db"), names.map(p -> p.getFileName().toString())
                        .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm") && !n.endsWith(".lock")).toList(),
                        "no other file created");
            }
        }
    }

    @Test
    void of_anyPath_isAnAbsoluteFileUriWithOnlySafeCharacters() {
        String uri = SqliteUri.of(Path.of("relative", "Chi bộ #3.db"));

        assertTrue(uri.startsWith("file:///"), uri);
        assertTrue(uri.endsWith("/relative/Chi%20b%E1%BB%99%20%233.db"), uri);
        assertTrue(uri.chars().allMatch(ch -> ch < 0x80 && ch != ' ' && ch != '#' && ch != '?'), uri);
    }
}
