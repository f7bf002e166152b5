package vn.sochibo.store;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** SQLite "file:" URIs for paths, built without java.net: the app uses no networking classes at all. */
final class SqliteUri {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SqliteUri() {
    }

    /**
     * {@code file:///home/an/S%E1%BB%95.db} for a path: absolute, with '/' separators, and every byte other than
     * letters, digits, {@code -._~/:} percent-encoded as UTF-8, so '?', '#', '%' or spaces in a folder name stay
     * part of the name. Append SQLite parameters such as {@code ?mode=ro}.
     */
    static String of(Path file) {
        String path = file.toAbsolutePath().toString().replace(File.separatorChar, '/');
        StringBuilder uri = new StringBuilder("file://");
        if (!path.startsWith("/")) {
            // a Windows drive: file:///C:/...
            uri.append('/');
        }
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:".indexOf(c) >= 0)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return uri.toString();
    }
}
