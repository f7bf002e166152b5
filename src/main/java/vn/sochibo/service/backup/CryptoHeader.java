package vn.sochibo.service.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The clear header of an encrypted backup: magic "SOCHIBO-BACKUP", format version, PBKDF2 iterations, salt,
 * base IV and chunk size. It is authenticated (as AAD) with every chunk, so changing any byte of it is detected.
 */
record CryptoHeader(int version, int iterations, byte[] salt, byte[] iv, int chunkSize) {
    static final byte[] MAGIC = "SOCHIBO-BACKUP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    private static final int MIN_ITERATIONS = 200_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MIN_CHUNK = 4096;
    private static final int MAX_CHUNK = 16 << 20;

    /** The header as written to the file. */
    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeByte(version);
            out.writeInt(iterations);
            out.writeByte(salt.length);
            out.write(salt);
            out.writeByte(iv.length);
            out.write(iv);
            out.writeInt(chunkSize);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }

    /** Reads and validates a header; a file that is not ours, newer or altered is refused with its state. */
    static CryptoHeader read(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new EncryptedFileException(BackupState.NOT_DATABASE);
        }
        try {
            int version = in.readUnsignedByte();
            if (version > VERSION) {
                throw new EncryptedFileException(BackupState.NEWER_VERSION);
            }
            int iterations = in.readInt();
            byte[] salt = in.readNBytes(in.readUnsignedByte());
            byte[] iv = in.readNBytes(in.readUnsignedByte());
            int chunk = in.readInt();
            boolean sane = version == VERSION && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS
                    && salt.length == SALT_BYTES && iv.length == IV_BYTES && chunk >= MIN_CHUNK && chunk <= MAX_CHUNK;
            if (!sane) {
                throw new EncryptedFileException(BackupState.DAMAGED);
            }
            return new CryptoHeader(version, iterations, salt, iv, chunk);
        } catch (java.io.EOFException e) {
            throw new EncryptedFileException(BackupState.TRUNCATED);
        }
    }
}
