package vn.sochibo.service.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.sochibo.service.security.Pbkdf2;

/**
 * Encrypted backups: AES-GCM 256 with a key from PBKDF2WithHmacSHA256 over a random salt. The data is sealed in
 * chunks of 1 MiB (each with its own IV, index and last-chunk flag in the authenticated data), so a file of any
 * size is streamed, and a cut, reordered or altered file is detected. A password check value after the header
 * tells a wrong password from a damaged file.
 */
final class BackupCrypto {
    static final int ITERATIONS = 250_000;
    static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final long CHECK_INDEX = -1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCrypto() {
    }

    /** True when the file starts with the magic of an encrypted backup. */
    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(CryptoHeader.MAGIC.length), CryptoHeader.MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Encrypts {@code plain} into the new file {@code target}. */
    static void encrypt(Path plain, Path target, char[] password) throws IOException {
        CryptoHeader header = new CryptoHeader(CryptoHeader.VERSION, ITERATIONS, random(CryptoHeader.SALT_BYTES),
                random(CryptoHeader.IV_BYTES), CHUNK);
        byte[] head = header.bytes();
        SecretKey key = key(password, header);
        try (InputStream in = Files.newInputStream(plain);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                     Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)))) {
            out.write(head);
            out.write(seal(key, header, CHECK_INDEX, head, new byte[0], 0));
            byte[] current = new byte[CHUNK];
            byte[] next = new byte[CHUNK];
            int length = in.readNBytes(current, 0, CHUNK);
            for (long index = 0; ; index++) {
                int nextLength = length < CHUNK ? 0 : in.readNBytes(next, 0, CHUNK);
                boolean last = nextLength == 0;
                byte[] sealed = seal(key, header, index, chunkData(head, index, last), current, length);
                out.writeByte(last ? 1 : 0);
                out.writeInt(sealed.length);
                out.write(sealed);
                if (last) {
                    return;
                }
                byte[] swap = current;
                current = next;
                next = swap;
                length = nextLength;
            }
        }
    }

    /** Decrypts {@code source} into {@code target} (replaced); refuses a wrong password or an altered file. */
    static void decrypt(Path source, Path target, char[] password) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            CryptoHeader header = CryptoHeader.read(in);
            byte[] head = header.bytes();
            byte[] check = in.readNBytes(TAG_BYTES);
            if (check.length < TAG_BYTES) {
                throw new EncryptedFileException(BackupState.TRUNCATED);
            }
            SecretKey key = key(password, header);
            try {
                open(key, header, CHECK_INDEX, head, check);
            } catch (AEADBadTagException e) {
                throw new EncryptedFileException(BackupState.WRONG_PASSWORD);
            }
            copyChunks(in, out, key, header, head);
        }
    }

    private static void copyChunks(DataInputStream in, OutputStream out, SecretKey key, CryptoHeader header,
                                   byte[] head) throws IOException {
        try {
            for (long index = 0; ; index++) {
                int flag = in.readUnsignedByte();
                int length = in.readInt();
                if (flag > 1 || length < TAG_BYTES || length > header.chunkSize() + TAG_BYTES) {
                    throw new EncryptedFileException(BackupState.DAMAGED);
                }
                byte[] sealed = in.readNBytes(length);
                if (sealed.length < length) {
                    throw new EncryptedFileException(BackupState.TRUNCATED);
                }
                out.write(open(key, header, index, chunkData(head, index, flag == 1), sealed));
                if (flag == 1) {
                    if (in.read() != -1) {
                        throw new EncryptedFileException(BackupState.DAMAGED);
                    }
                    return;
                }
            }
        } catch (EOFException e) {
            throw new EncryptedFileException(BackupState.TRUNCATED);
        } catch (AEADBadTagException e) {
            throw new EncryptedFileException(BackupState.DAMAGED);
        }
    }

    private static SecretKey key(char[] password, CryptoHeader header) {
        byte[] raw = Pbkdf2.derive(password, header.salt(), header.iterations(), 256);
        SecretKey key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    private static byte[] seal(SecretKey key, CryptoHeader header, long index, byte[] aad, byte[] data, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv(header.iv(), index)));
            cipher.updateAAD(aad);
            return cipher.doFinal(data, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }

    private static byte[] open(SecretKey key, CryptoHeader header, long index, byte[] aad, byte[] sealed)
            throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv(header.iv(), index)));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }

    /** The IV of a chunk: the file's random IV with its last 8 bytes XOR the chunk index. */
    private static byte[] iv(byte[] base, long index) {
        byte[] iv = base.clone();
        byte[] counter = ByteBuffer.allocate(Long.BYTES).putLong(index).array();
        for (int i = 0; i < Long.BYTES; i++) {
            iv[iv.length - Long.BYTES + i] ^= counter[i];
        }
        return iv;
    }

    /** The authenticated data of a chunk: the header, the chunk's index and whether it is the last one. */
    private static byte[] chunkData(byte[] head, long index, boolean last) {
        return ByteBuffer.allocate(head.length + Long.BYTES + 1).put(head).putLong(index).put((byte) (last ? 1 : 0))
                .array();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
