package vn.sochibo.service.security;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one password derivation of the program (PBKDF2WithHmacSHA256), for the stored password hash and for backup
 * keys alike. The password is taken in Unicode NFC, so one typed with a Vietnamese keyboard set to composed or to
 * precomposed letters is the same password everywhere.
 */
public final class Pbkdf2 {
    /** The algorithm name as the JDK knows it. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private Pbkdf2() {
    }

    /** Derives {@code bits} bits from the password; the caller wipes the result when done. */
    public static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        char[] nfc = nfc(password);
        PBEKeySpec spec = new PBEKeySpec(nfc, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // every Java 8+ runtime has this algorithm; reaching here means a broken runtime
            throw new IllegalStateException(ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(nfc, '\0');
        }
    }

    /** A copy of the password in NFC (only text that is not NFC already passes through a non-wipeable String). */
    static char[] nfc(char[] password) {
        char[] chars = password == null ? new char[0] : password;
        if (Normalizer.isNormalized(CharBuffer.wrap(chars), Normalizer.Form.NFC)) {
            return chars.clone();
        }
        return Normalizer.normalize(CharBuffer.wrap(chars), Normalizer.Form.NFC).toCharArray();
    }
}
