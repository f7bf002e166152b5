package vn.sochibo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/** One unit of work on the database, handed to repositories; SQL failures become application errors. */
public final class Tx {
    private final Connection connection;
    private final Remembered remembered;

    Tx(Connection connection, Remembered remembered) {
        this.connection = connection;
        this.remembered = remembered;
    }

    /**
     * The value read by {@code read}, kept for later reads until the next write when this is a read on a file this
     * program alone writes; read afresh inside a write (it may have changed) or without the writer lock. The value
     * must be immutable: every later reader shares it.
     */
    public <T> T remember(Object key, Supplier<T> read) {
        return remembered == null ? read.get() : remembered.get(key, read);
    }

    /** Runs statements on the connection, translating SQL failures. */
    <T> T call(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** Statements on a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
