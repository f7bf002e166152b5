package vn.sochibo.service.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import vn.sochibo.model.AppException;

/**
 * A salted slow hash of the branch password as stored: {@code PBKDF2WithHmacSHA256$<iterations>$<salt>$<hash>}
 * with Base64 salt and hash, so the iteration count (and even the algorithm) can rise later.
 */
final class PasswordHash {
    static final String ALGORITHM = Pbkdf2.ALGORITHM;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes the password with a new random salt. */
    static PasswordHash create(char[] password, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** Reads the stored form; a value this program did not write is reported as damaged. */
    static PasswordHash parse(String stored) {
        String[] parts = stored.split("\\$");
        try {
            if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
                throw new IllegalArgumentException(parts[0]);
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new AppException("security.error.damaged", e);
        }
    }

    String format() {
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    int iterations() {
        return iterations;
    }

    /** True when the password gives the same hash; the comparison takes the same time wherever they differ. */
    boolean matches(char[] password) {
        byte[] candidate = derive(password, salt, iterations);
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        return Pbkdf2.derive(password, salt, iterations, HASH_BITS);
    }
}
