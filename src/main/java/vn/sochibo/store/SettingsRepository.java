package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Branch-level settings stored with the data as key/value text (per-machine settings live in AppSettings). */
public final class SettingsRepository {
    public Optional<String> get(Tx tx, String key) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM app_setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(Tx tx, String key, String value) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void remove(Tx tx, String key) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_setting WHERE key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
