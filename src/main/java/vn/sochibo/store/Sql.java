package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Small conversions between Java values and SQLite columns (dates as ISO-8601 text). */
final class Sql {
    private Sql() {
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setString(index, date == null ? null : date.toString());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    static long lastId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            return keys.next() ? keys.getLong(1) : 0;
        }
    }
}
