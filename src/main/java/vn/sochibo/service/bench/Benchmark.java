package vn.sochibo.service.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberIndex;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.AttendanceWorkbooks;
import vn.sochibo.service.reminder.ReminderService;

/**
 * The measurements of {@code bench} in one warm process over one database file: opening, the member list, search per
 * keystroke, one minutes document, a year's attendance workbook, the reminders and peak memory; each figure is handed on as made.
 */
public final class Benchmark {
    static final int RUNS = 5;
    static final int WARM_UPS = 5;
    static final double SLOW_MS = 2000;
    private static final int YEARS_BACK = 40;
    private final Supplier<Services> opener;
    private final Messages messages;
    private final Path scratch;
    private final Consumer<Figure> out;
    private final MemberListWork list;

    /** A benchmark of the database that {@code opener} opens, writing its files into the folder {@code scratch}. */
    public Benchmark(Supplier<Services> opener, Messages messages, Path scratch, Consumer<Figure> out) {
        this.opener = opener;
        this.messages = messages;
        this.scratch = scratch;
        this.out = out;
        this.list = new MemberListWork(messages);
    }

    /** Runs every measurement; returns false when the file holds no adopted meeting (no minutes were timed). */
    public boolean run() {
        measureOpening();
        try (Services services = opener.get()) {
            LocalDate today = services.members().today();
            measureMemberList(services, today);
            Optional<Meeting> latest = latestAdopted(services, today);
            latest.ifPresent(m -> measureMinutes(services, m));
            measureAttendance(services, latest.map(m -> m.date().getYear()).orElse(today.getYear()));
            measureReminders(services, latest.map(Meeting::date).orElse(today));
            measureMemory();
            return latest.isPresent();
        }
    }

    private void measureOpening() {
        emit("open-db-first", Timings.time(() -> opener.get().close()) / 1e6, "ms");
        emit("open-db", Timings.run(RUNS, () -> opener.get().close()).medianMillis(), "ms");
        int[] n = {0};
        emit("migrate-new-db", Timings.run(RUNS, () -> Services.open(scratch.resolve("new-" + n[0]++ + ".db"),
                Clock.systemDefaultZone()).close()).medianMillis(), "ms");
    }

    private void measureMemberList(Services services, LocalDate today) {
        MemberIndex[] index = new MemberIndex[1];
        Runnable load = () -> {
            index[0] = new MemberIndex(services.members().all());
            list.show(index[0], "", today);
        };
        emit("member-list-first", Timings.time(load) / 1e6, "ms");
        emit("member-list", Timings.run(RUNS, load).medianMillis(), "ms");
        emit("members", index[0].size(), "count");
        List<MemberHistory> all = index[0].all();
        if (all.isEmpty()) {
            return;
        }
        String name = all.get(all.size() / 2).member().fullName();
        typeName(index[0], name, today);
        List<Long> keystrokes = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            keystrokes.addAll(typeName(index[0], name, today));
        }
        Timings search = Timings.of(keystrokes.stream().mapToLong(Long::longValue).toArray());
        emit("search-keystrokes", search.count(), "count");
        emit("search-keystroke-median", search.medianMillis(), "ms");
        emit("search-keystroke-max", search.maxMillis(), "ms");
    }

    /** Types the name letter by letter into the list's search; the time of each keystroke until the rows are built. */
    private List<Long> typeName(MemberIndex index, String name, LocalDate today) {
        List<Long> taken = new ArrayList<>();
        for (int i = 1; i <= name.length(); i++) {
            String typed = name.substring(0, i);
            taken.add(Timings.time(() -> list.show(index, typed, today)));
        }
        return taken;
    }

    private void measureMinutes(Services services, Meeting meeting) {
        Path target = scratch.resolve("bien-ban.docx");
        Runnable write = () -> services.meeting().documents().writeMinutes(meeting.id(), target);
        emit("minutes-docx", warm("minutes-docx-first", write).medianMillis(), "ms");
    }

    /**
     * Times the year's attendance workbook for whichever of the latest adopted meeting's year and the one before holds
     * more regular meetings (a sample of a whole ward holds only its last twelve months).
     */
    private void measureAttendance(Services services, int latestYear) {
        int year = regularMeetings(services, latestYear - 1) >= regularMeetings(services, latestYear)
                ? latestYear - 1 : latestYear;
        AttendanceWorkbooks books = new AttendanceWorkbooks(services.database(), services.meeting().roll(), messages);
        Path target = scratch.resolve("diem-danh-" + year + ".xlsx");
        int[] meetings = {0};
        Runnable write = () -> meetings[0] = books.writeYear(year, target);
        emit("attendance-xlsx", warm("attendance-xlsx-first", write).medianMillis(), "ms");
        emit("attendance-meetings", meetings[0], "count");
    }

    /** Times the reminders on the latest adopted meeting's date (the reminders of the year the sample covers). */
    private void measureReminders(Services services, LocalDate day) {
        ReminderService reminders = new ReminderService(services);
        int[] found = {0};
        Runnable compute = () -> found[0] = reminders.on(day).size();
        emit("reminders", warm("reminders-first", compute).medianMillis(), "ms");
        emit("reminders-found", found[0], "count");
    }

    private static long regularMeetings(Services services, int year) {
        return services.meeting().meetings().inYear(year).stream().filter(m -> m.type() == MeetingType.REGULAR)
                .count();
    }

    private void measureMemory() {
        emit("peak-heap", Memory.peakHeapMb(), "MB");
        Memory.peakResidentMb().ifPresent(mb -> emit("peak-rss", mb, "MB"));
    }

    /** The adopted meeting with the latest date, looking back year by year from today's. */
    static Optional<Meeting> latestAdopted(Services services, LocalDate today) {
        for (int y = today.getYear(); y > today.getYear() - YEARS_BACK; y--) {
            Optional<Meeting> found = services.meeting().meetings().inYear(y).stream().filter(Meeting::isAdopted)
                    .max(Comparator.comparing(Meeting::date));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Emits the first run's time under {@code firstName}, warms up and returns the timed runs; work slower than
     * {@link #SLOW_MS} gets one warm-up and three runs, so a stress set is measured in minutes, not a quarter hour.
     */
    private Timings warm(String firstName, Runnable work) {
        double first = Timings.time(work) / 1e6;
        emit(firstName, first, "ms");
        boolean slow = first > SLOW_MS;
        Timings.run(slow ? 1 : WARM_UPS, work);
        return Timings.run(slow ? 3 : RUNS, work);
    }

    private void emit(String name, double value, String unit) {
        out.accept(new Figure(name, value, unit));
    }
}
