package vn.sochibo.service.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encrypted backups: what goes in comes out with the right password only, and any change is detected. */
class BackupCryptoTest {
    @TempDir
    Path dir;

    private Path plain(int length) throws Exception {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        byte[] marker = "SQLite format 3 Nguyễn Văn An".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, data, 0, Math.min(marker.length, length));
        return Files.write(dir.resolve("plain-" + length), data);
    }

    private Path encrypted(Path plain) throws Exception {
        Path target = dir.resolve(plain.getFileName() + ".sochibo-backup");
        BackupCrypto.encrypt(plain, target, BackupFixtures.PASSWORD);
        return target;
    }

    private BackupState refusal(Path file, char[] password) {
        return assertThrows(EncryptedFileException.class,
                () -> BackupCrypto.decrypt(file, dir.resolve("out"), password)).state();
    }

    @Test
    void decrypt_passwordTypedWithAnotherVietnameseInputMethod_opensTheBackup() throws Exception {
        Path plain = plain(5000);
        Path target = dir.resolve("nfd.sochibo-backup");
        String composed = "mật khẩu chi bộ";
        BackupCrypto.encrypt(plain, target, java.text.Normalizer.normalize(composed,
                java.text.Normalizer.Form.NFD).toCharArray());
        Path out = dir.resolve("out");
        BackupCrypto.decrypt(target, out, composed.toCharArray());
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4096, BackupCrypto.CHUNK, 2 * BackupCrypto.CHUNK, 2 * BackupCrypto.CHUNK + 777})
    void decrypt_rightPassword_givesBackTheSameBytes(int length) throws Exception {
        Path plain = plain(length);
        Path out = dir.resolve("out");
        BackupCrypto.decrypt(encrypted(plain), out, BackupFixtures.PASSWORD);
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(out));
    }

    @Test
    void encrypt_file_holdsNoReadableDataAndAHeaderWithStrongKeyDerivation() throws Exception {
        Path file = encrypted(plain(10_000));
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("SOCHIBO-BACKUP"));
        assertFalse(text.contains("SQLite format 3"));
        assertTrue(BackupCrypto.isEncrypted(file));
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            CryptoHeader header = CryptoHeader.read(in);
            assertEquals(1, header.version());
            assertTrue(header.iterations() >= 200_000);
            assertEquals(16, header.salt().length);
            assertEquals(12, header.iv().length);
        }
    }

    @Test
    void encrypt_sameDataTwice_givesDifferentFiles() throws Exception {
        Path plain = plain(5000);
        Path a = encrypted(plain);
        Path b = dir.resolve("again.sochibo-backup");
        BackupCrypto.encrypt(plain, b, BackupFixtures.PASSWORD);
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void decrypt_wrongPassword_isRefusedAsWrongPassword() throws Exception {
        assertEquals(BackupState.WRONG_PASSWORD, refusal(encrypted(plain(3000)), "mat khau sai".toCharArray()));
    }

    @Test
    void decrypt_flippedByteInTheData_isRefusedAsDamaged() throws Exception {
        Path file = encrypted(plain(2 * BackupCrypto.CHUNK + 10));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x01);
        }
        assertEquals(BackupState.DAMAGED, refusal(file, BackupFixtures.PASSWORD));
    }

    @Test
    void decrypt_fileCutAfterAFullChunk_isRefusedAsCutOff() throws Exception {
        Path file = encrypted(plain(2 * BackupCrypto.CHUNK + 10));
        byte[] all = Files.readAllBytes(file);
        int headerAndCheck = CryptoHeader.MAGIC.length + 1 + 4 + 1 + 16 + 1 + 12 + 4 + 16;
        int firstChunk = 1 + 4 + BackupCrypto.CHUNK + 16;
        Files.write(file, Arrays.copyOf(all, headerAndCheck + firstChunk));
        assertEquals(BackupState.TRUNCATED, refusal(file, BackupFixtures.PASSWORD));
    }

    @Test
    void decrypt_bytesAddedAtTheEnd_isRefusedAsDamaged() throws Exception {
        Path file = encrypted(plain(3000));
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(BackupState.DAMAGED, refusal(file, BackupFixtures.PASSWORD));
    }

    @Test
    void decrypt_notABackup_isRefusedAsNotOurs() throws Exception {
        Path file = Files.writeString(dir.resolve("x.sochibo-backup"), "hello");
        assertEquals(BackupState.NOT_DATABASE, refusal(file, BackupFixtures.PASSWORD));
    }
}
