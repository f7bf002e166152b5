package vn.sochibo.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.sochibo.model.AppException;

/** Turns SQLite failures into application errors with a message a person can act on. */
final class StoreErrors {
    private StoreErrors() {
    }

    static AppException translate(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new AppException("db.error.busy", e);
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return new AppException("db.error.notDatabase", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new AppException("db.error.cannotWrite", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new AppException("db.error.diskFull", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                return duplicate(s);
            }
        }
        return new AppException("db.error.generic", e, e.getMessage());
    }

    /** A number that must be unique (card, personal ID) already used: normally caught before writing, unless the
     * data changed in between (a member added while an import was being previewed). */
    private static AppException duplicate(SQLiteException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("card_number")) {
            return new AppException("db.error.duplicateCard", e);
        }
        if (detail.contains("personal_id")) {
            return new AppException("db.error.duplicatePersonalId", e);
        }
        return new AppException("db.error.generic", e, detail);
    }
}
