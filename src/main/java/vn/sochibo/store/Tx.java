package vn.sochibo.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work on the database, handed to repositories; SQL failures become application errors. */
public final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
        this.connection = connection;
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
