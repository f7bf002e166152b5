package vn.sochibo.service.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.store.Database;
import vn.sochibo.store.SettingsRepository;
import vn.sochibo.store.Tx;

/**
 * The optional branch password and the idle lock time, kept with the data: the password only as a salted slow hash
 * (PBKDF2, see {@link PasswordHash}), never in a form that gives it back.
 */
public final class PasswordService {
    public static final int MIN_LENGTH = 6;
    public static final int ITERATIONS = 600_000;
    public static final int DEFAULT_IDLE_MINUTES = 10;
    public static final int MAX_IDLE_MINUTES = 120;
    public static final String FIELD_CURRENT = "security.field.current";
    public static final String FIELD_NEW = "security.field.new";
    public static final String FIELD_IDLE = "security.field.idleMinutes";
    static final String HASH_KEY = "password_hash";
    static final String IDLE_KEY = "idle_lock_minutes";
    private final Database db;
    private final SettingsRepository settings = new SettingsRepository();
    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordService(Database db) {
        this(db, ITERATIONS);
    }

    /** A service hashing new passwords with the given iteration count (tests of a later rise of the count). */
    PasswordService(Database db, int iterations) {
        this.db = db;
        this.iterations = iterations;
    }

    /** True when opening the app asks for a password. */
    public boolean isSet() {
        return db.read(tx -> settings.get(tx, HASH_KEY)).isPresent();
    }

    /** What is wrong with a new password (too short), naming the field; empty when it may be used. */
    public List<Issue> checkNew(char[] newPassword) {
        char[] nfc = Pbkdf2.nfc(newPassword);
        try {
            int length = Character.codePointCount(nfc, 0, nfc.length);
            return length < MIN_LENGTH ? List.of(Issue.error(FIELD_NEW, "security.error.tooShort", MIN_LENGTH))
                    : List.of();
        } finally {
            wipe(nfc);
        }
    }

    /** Sets or changes the password; changing one needs the current one. Throws ValidationException otherwise. */
    public void set(char[] newPassword, char[] currentOrNull) {
        List<Issue> issues = new ArrayList<>(checkNew(newPassword));
        if (!issues.isEmpty()) {
            throw new ValidationException(issues);
        }
        db.write(tx -> {
            requireCurrent(tx, currentOrNull);
            settings.put(tx, HASH_KEY, PasswordHash.create(newPassword, iterations, random).format());
            return null;
        });
    }

    /** Removes the password after checking the current one; the app then opens without asking. */
    public void remove(char[] current) {
        db.write(tx -> {
            requireCurrent(tx, current);
            settings.remove(tx, HASH_KEY);
            return null;
        });
    }

    /**
     * True when the password is the branch password (false when none is set); a hash made with fewer iterations than
     * today's is replaced by a stronger one on the way.
     */
    public boolean verify(char[] password) {
        Optional<PasswordHash> stored = db.read(this::stored);
        if (stored.isEmpty() || password == null) {
            return false;
        }
        boolean right = stored.get().matches(password);
        if (right && stored.get().iterations() < iterations) {
            String stronger = PasswordHash.create(password, iterations, random).format();
            db.write(tx -> {
                settings.put(tx, HASH_KEY, stronger);
                return null;
            });
        }
        return right;
    }

    /** Minutes without mouse or keyboard after which the window locks; 0 means never. */
    public int idleLockMinutes() {
        return db.read(tx -> settings.get(tx, IDLE_KEY)).map(PasswordService::parseOrDefault)
                .orElse(DEFAULT_IDLE_MINUTES);
    }

    /** Stores the idle lock time; throws ValidationException naming the field outside 0 to {@link #MAX_IDLE_MINUTES}. */
    public void setIdleLockMinutes(int minutes) {
        List<Issue> issues = checkIdleMinutes(minutes);
        if (!issues.isEmpty()) {
            throw new ValidationException(issues);
        }
        db.write(tx -> {
            settings.put(tx, IDLE_KEY, Integer.toString(minutes));
            return null;
        });
    }

    /** What is wrong with an idle lock time, naming the field; empty when it may be stored. */
    public static List<Issue> checkIdleMinutes(int minutes) {
        return minutes < 0 || minutes > MAX_IDLE_MINUTES
                ? List.of(Issue.error(FIELD_IDLE, "security.error.idleRange", 0, MAX_IDLE_MINUTES)) : List.of();
    }

    private void requireCurrent(Tx tx, char[] current) {
        Optional<PasswordHash> stored = stored(tx);
        if (stored.isEmpty()) {
            return;
        }
        if (current == null || current.length == 0) {
            throw new ValidationException(List.of(Issue.error(FIELD_CURRENT, "validation.required")));
        }
        if (!stored.get().matches(current)) {
            throw new ValidationException(List.of(Issue.error(FIELD_CURRENT, "security.error.wrongCurrent")));
        }
    }

    private Optional<PasswordHash> stored(Tx tx) {
        return settings.get(tx, HASH_KEY).map(PasswordHash::parse);
    }

    private static int parseOrDefault(String value) {
        try {
            int minutes = Integer.parseInt(value.strip());
            return checkIdleMinutes(minutes).isEmpty() ? minutes : DEFAULT_IDLE_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }

    private static void wipe(char[] chars) {
        Arrays.fill(chars, '\0');
    }
}
