package vn.sochibo.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/**
 * Test-only program that writes through the real services until it is killed, printing one line per commit after the
 * commit returned ("SAVED …") and one line before each ("BEGIN …"), so the test knows what was acknowledged and what
 * was in flight. {@code hold DB} opens the file and keeps it open until its input ends; {@code writer} warms up, prints
 * READY, then waits for "GO KIND DB TAG SEED" with KIND one of edit, import, autosave.
 */
public final class CrashWriter {
    static final int BATCH = 200;
    private static final String[] WORDS = {"Chi", "bộ", "họp", "thường", "kỳ", "tháng", "đồng", "chí", "bí", "thư",
        "phát", "biểu", "ý", "kiến", "nghị", "quyết", "đảng", "viên", "khu", "phố", "tổ", "dân", "cư", "đóng", "góp"};
    private final Services services;
    private final int tag;
    private final Random random;

    private CrashWriter(Services services, int tag, long seed) {
        this.services = services;
        this.tag = tag;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        try {
            if (args[0].equals("hold")) {
                hold(Path.of(args[1]));
            } else {
                warmUpThenWrite();
            }
        } catch (Throwable e) {
            say("ERROR " + e);
            e.printStackTrace();
            System.exit(3);
        }
    }

    private static void hold(Path db) throws Exception {
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            services.members().save(MemberBuilder.member().name("Người giữ tệp").build(), MemberEntry.admittedHere());
            say("OPEN");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().count();
        }
        say("CLOSED");
    }

    /** Loads the classes and SQLite on a scratch file first, so the kill test pays the start-up while another runs. */
    private static void warmUpThenWrite() throws Exception {
        Path scratch = Files.createTempDirectory("warm").resolve("warm.db");
        try (Services services = Services.open(scratch, Clock.systemDefaultZone())) {
            CrashWriter warm = new CrashWriter(services, 999, 1);
            List<Long> ids = addMembers(services, 2);
            for (int i = 0; i < 2; i++) {
                warm.editOnce(ids, i, false);
                warm.importOnce(i, false);
                warm.autosaveOnce(ids.get(0), i, false);
            }
        }
        say("READY");
        String[] go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .split(" ");
        try (Services services = Services.open(Path.of(go[2]), Clock.systemDefaultZone())) {
            new CrashWriter(services, Integer.parseInt(go[3]), Long.parseLong(go[4])).run(go[1]);
        }
    }

    /** Adds plain members for the edit and autosave writers; returns their ids. */
    static List<Long> addMembers(Services services, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(services.members().save(MemberBuilder.member().name("Đảng viên số " + i).build(),
                    MemberEntry.admittedHere()).member().id());
        }
        return ids;
    }

    private void run(String kind) {
        List<Long> ids = kind.equals("import") ? List.of()
                : services.members().all().stream().map(h -> h.member().id()).toList();
        for (int n = 1; ; n++) {
            switch (kind) {
                case "edit" -> editOnce(ids, n, true);
                case "import" -> importOnce(n, true);
                case "autosave" -> autosaveOnce(ids.get(0), n, true);
                default -> throw new IllegalArgumentException(kind);
            }
        }
    }

    /** A member edit: a new phone number on a random member. */
    private void editOnce(List<Long> ids, int n, boolean report) {
        long id = ids.get(random.nextInt(ids.size()));
        Member m = services.members().get(id).member();
        String phone = String.format("0%03d.%06d", tag, n);
        Member changed = new Member(id, m.identity(), m.party(), m.background(),
                new Contact(m.contact().permanentAddress(), m.contact().localAddress(), phone), m.note());
        report(report, "BEGIN edit " + id + " " + phone);
        String stored = services.members().save(changed, null).member().contact().phone();
        report(report, "SAVED edit " + id + " " + stored);
    }

    /** A bulk import: one transaction of {@value #BATCH} members, each with an admission event. */
    private void importOnce(int n, boolean report) {
        String batch = tag + "-" + n;
        List<MemberHistory> histories = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            Member m = MemberBuilder.member().name("Lô " + batch + " người " + i).card("L" + batch + "-" + i).build();
            Member noted = new Member(0, m.identity(), m.party(), m.background(), m.contact(), "lô " + batch);
            histories.add(new MemberHistory(noted,
                    List.of(MemberEvent.of(EventType.ADMITTED, LocalDate.of(1975, 5, 19)))));
        }
        report(report, "BEGIN import " + batch);
        int written = services.members().insertAll(histories);
        report(report, "SAVED import " + batch + " " + written);
    }

    /** An autosave of a long text: the whole note (5–50 KB) rewritten, as live minutes will be. */
    private void autosaveOnce(long id, int n, boolean report) {
        Member m = services.members().get(id).member();
        Member changed = new Member(id, m.identity(), m.party(), m.background(), m.contact(),
                "v" + tag + "-" + n + "\n" + text(5_000 + random.nextInt(45_001)));
        report(report, "BEGIN autosave " + id + " " + sha(changed.note()));
        String stored = services.members().save(changed, null).member().note();
        report(report, "SAVED autosave " + id + " " + sha(stored));
    }

    private String text(int length) {
        StringBuilder b = new StringBuilder(length + 20);
        while (b.length() < length) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return b.toString();
    }

    /** The SHA-256 of a text as hex, to compare long notes in one short line. */
    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(boolean report, String line) {
        if (report) {
            say(line);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
        if (System.out.checkError()) {
            // the test that reads us is gone: stop rather than write on forever
            System.exit(4);
        }
    }
}
