package vn.sochibo.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Services;

/**
 * Test-only program typing into live minutes through {@code MinutesService.saveNotes} until it is killed: it reopens
 * the item's stored notes, then keeps appending words and saving the whole text, printing "SAVED length sha" after
 * each save returned. It warms up, prints READY, then waits for "GO DB ITEM SEED".
 */
public final class MinutesCrashWriter {
    private static final String[] WORDS = {"Đồng", "chí", "Nguyễn", "Thị", "Hoa:", "nhất", "trí", "với", "báo",
        "cáo;", "đề", "nghị", "chi", "bộ", "quan", "tâm", "vệ", "sinh", "môi", "trường", "khu", "phố."};

    private MinutesCrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Path scratch = Files.createTempDirectory("warm").resolve("warm.db");
            try (Services services = Services.open(scratch, Clock.systemDefaultZone())) {
                Meeting m = MeetingFixtures.meeting(services.database(), LocalDate.of(2026, 11, 21));
                long item = MeetingFixtures.items(services.database(), m.id(), "Thảo luận").get(0);
                for (int i = 0; i < 20; i++) {
                    services.meeting().minutes().saveNotes(item, "khởi động " + i);
                }
            }
            say("READY");
            String[] go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                    .split(" ");
            try (Services services = Services.open(Path.of(go[1]), Clock.systemDefaultZone())) {
                type(services, Long.parseLong(go[2]), new Random(Long.parseLong(go[3])));
            }
        } catch (Throwable e) {
            say("ERROR " + e);
            e.printStackTrace();
            System.exit(3);
        }
    }

    private static void type(Services services, long item, Random random) {
        StringBuilder text = new StringBuilder(MeetingFixtures.notes(services.database(), item));
        while (true) {
            int words = 1 + random.nextInt(6);
            for (int i = 0; i < words; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(15) == 0 ? "\n" : " ");
            }
            String typed = text.toString();
            services.meeting().minutes().saveNotes(item, typed);
            say("SAVED " + typed.length() + " " + CrashWriter.sha(typed));
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
        if (System.out.checkError()) {
            System.exit(4);
        }
    }
}
