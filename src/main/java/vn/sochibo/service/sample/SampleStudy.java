package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudyRules;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleStudyTexts.Doc;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.store.StudyRepository;

/**
 * Holds the sample branch's study sessions (rules.md §7): each year the newest Party documents issued before it (ward
 * conferences, some online) and the yearly study of Hồ Chí Minh's thought held by the branch. Most expected members
 * come; a few miss it, most with a reason; sessions older than four months are settled (every absentee made it up,
 * every reflection handed in), while the last four months keep a few make-ups and reflections still owed (a recent
 * session is added when the plan has none). Present members are written in one transaction per session; absences,
 * make-ups and late reflections go through {@link StudyService}. Large samples (over 500 members) study in their last
 * year only, each session in one transaction, and hold two sessions over 5,000.
 */
final class SampleStudy {
    private static final int FULL_HISTORY_UP_TO = 500;
    /** Sessions older than this many days have every make-up and reflection done, as a secretary would have. */
    private static final int SETTLED_AFTER_DAYS = 120;
    private static final int TWO_SESSIONS_FROM = 5000;
    private final Services services;
    private final StudyService study;
    private final SampleOptions options;
    private final SampleRandom random;
    private final String secretary;
    private final String meetingPlace;
    private final Set<String> studied = new HashSet<>();

    private SampleStudy(Services services, SampleOptions options) {
        this.services = services;
        this.study = services.study();
        this.options = options;
        this.random = new SampleRandom(options.seed() * 37 + 11);
        this.secretary = secretaryName(services);
        this.meetingPlace = services.branch().profile().map(BranchProfile::meetingPlace).orElse("");
    }

    /** Writes the sessions with their marks; returns how many sessions were written. */
    static int create(Services services, SampleOptions options) {
        return new SampleStudy(services, options).write();
    }

    private int write() {
        LocalDate from = options.members() > FULL_HISTORY_UP_TO ? options.today().minusYears(1)
                : options.windowStart();
        List<StudySession> sessions = new ArrayList<>();
        for (int year = from.getYear(); year <= options.today().getYear(); year++) {
            sessions.addAll(plan(year));
        }
        sessions.removeIf(s -> s.date().isBefore(from) || !s.date().isBefore(options.today()));
        recentIfNone(sessions, from);
        if (options.members() > TWO_SESSIONS_FROM && sessions.size() > 2) {
            sessions = sessions.subList(sessions.size() - 2, sessions.size());
        }
        List<MemberHistory> histories = sessions.isEmpty() ? List.of() : services.members().all();
        for (StudySession s : sessions) {
            hold(study.create(s), histories);
        }
        return sessions.size();
    }

    /**
     * When no session falls in the last four months, one more a month or so before today, held by the branch on the
     * newest document (studied again), so the home screen shows what is still owed from a recent session.
     */
    private void recentIfNone(List<StudySession> sessions, LocalDate from) {
        LocalDate recentFrom = options.today().minusDays(SETTLED_AFTER_DAYS);
        LocalDate date = options.today().minusDays(random.between(20, 45));
        if (sessions.stream().anyMatch(s -> s.date().isAfter(recentFrom)) || date.isBefore(from)) {
            return;
        }
        SampleStudyTexts.DOCUMENTS.stream().filter(d -> !d.symbol().contains("-CT/") && d.issued().isBefore(date))
                .max(Comparator.comparing(Doc::issued))
                .ifPresent(d -> sessions.add(branchSession(d, date)));
    }

    /** The year's sessions by date: the three to five oldest documents not yet studied, and Hồ Chí Minh's study. */
    private List<StudySession> plan(int year) {
        List<StudySession> out = new ArrayList<>();
        LocalDate windowStart = LocalDate.of(year - 2, 7, 1);
        LocalDate windowEnd = LocalDate.of(year, 11, 30);
        List<Doc> candidates = SampleStudyTexts.DOCUMENTS.stream()
                .filter(d -> !d.symbol().contains("-CT/") && !studied.contains(d.symbol()))
                .filter(d -> d.issued().isAfter(windowStart) && !d.issued().isAfter(windowEnd))
                .sorted(Comparator.comparing(Doc::issued)).toList();
        int count = Math.min(candidates.size(), random.between(3, 5));
        for (Doc d : candidates.subList(0, count)) {
            studied.add(d.symbol());
            out.add(wardSession(d, date(d, year)));
        }
        SampleStudyTexts.DOCUMENTS.stream().filter(d -> d.symbol().contains("-CT/"))
                .filter(d -> d.issued().getYear() < year).reduce((a, b) -> b)
                .ifPresent(d -> out.add(branchSession(d, LocalDate.of(year, 5, 10).plusDays(random.between(0, 20)))));
        out.sort(Comparator.comparing(StudySession::date));
        return out;
    }

    /** A month or two after the document was issued, within the year. */
    private LocalDate date(Doc d, int year) {
        LocalDate base = d.issued().plusDays(30);
        LocalDate start = LocalDate.of(year, 1, 10);
        LocalDate date = (base.isAfter(start) ? base : start).plusDays(random.between(0, 45));
        return date.getYear() > year ? LocalDate.of(year, 12, 15) : date;
    }

    private StudySession wardSession(Doc d, LocalDate date) {
        boolean online = random.chance(0.25);
        String place = online ? SampleStudyTexts.WARD_PLACES.get(2)
                : random.pick(SampleStudyTexts.WARD_PLACES.subList(0, 2));
        return new StudySession(0, d.symbol(), d.title(), d.level(), Organiser.WARD, date, place,
                online ? StudyForm.ONLINE : StudyForm.DIRECT, random.pick(SampleStudyTexts.WARD_PRESENTERS),
                d.reflection());
    }

    private StudySession branchSession(Doc d, LocalDate date) {
        return new StudySession(0, d.symbol(), d.title(), d.level(), Organiser.BRANCH, date,
                meetingPlace, StudyForm.DIRECT, secretary.isEmpty() ? "" : "Đồng chí " + secretary, true);
    }

    /**
     * Marks the roll: present members in one transaction, then the few absences with their make-ups and
     * reflections through the service (in the same single transaction for large samples, where each service call
     * would read every member's history).
     */
    private void hold(StudySession s, List<MemberHistory> histories) {
        List<StudyEntry> expected = new ArrayList<>(StudyRules.entries(histories, s.date(), List.of()).stream()
                .filter(StudyEntry::expected).toList());
        random.shuffle(expected);
        boolean large = options.members() > FULL_HISTORY_UP_TO;
        int absences = Math.min(expected.size() / 6, large ? expected.size() * random.between(1, 6) / 100
                : random.between(0, 4));
        boolean recent = s.date().isAfter(options.today().minusDays(SETTLED_AFTER_DAYS));
        List<StudyMark> missed = new ArrayList<>();
        for (StudyEntry e : expected.subList(0, absences)) {
            missed.add(absence(s, e.memberId(), recent));
        }
        List<StudyMark> marks = new ArrayList<>();
        for (StudyEntry e : expected.subList(absences, expected.size())) {
            marks.add(new StudyMark(s.id(), e.memberId(), AttendanceStatus.PRESENT, "", null,
                    s.reflectionRequired() && (!recent || random.chance(0.85)) ? handIn(s.date()) : null));
        }
        if (large) {
            marks.addAll(missed);
        }
        StudyRepository repository = new StudyRepository();
        services.database().write(tx -> {
            marks.forEach(m -> repository.put(tx, m));
            return null;
        });
        if (!large) {
            missed.forEach(this::record);
        }
    }

    /** An absence, most with a reason, often made up later, the reflection then handed in or still owed. */
    private StudyMark absence(StudySession s, long memberId, boolean recent) {
        boolean excused = random.chance(0.8);
        LocalDate makeup = s.date().plusDays(random.between(7, 30));
        if (recent && !random.chance(excused ? 0.75 : 0.4) || !makeup.isBefore(options.today())) {
            makeup = null;
        }
        LocalDate reflection = makeup == null ? null : makeup.plusDays(random.between(3, 15));
        if (reflection != null && (!s.reflectionRequired() || !reflection.isBefore(options.today())
                || recent && !random.chance(0.6))) {
            reflection = null;
        }
        return new StudyMark(s.id(), memberId, excused ? AttendanceStatus.ABSENT_EXCUSED
                : AttendanceStatus.ABSENT_UNEXCUSED, excused ? random.pick(SampleStudyTexts.REASONS) : "", makeup,
                reflection);
    }

    private void record(StudyMark m) {
        study.mark(m.sessionId(), m.memberId(), m.status(), m.reason());
        if (m.makeupDate() != null) {
            study.makeUp(m.sessionId(), m.memberId(), m.makeupDate());
        }
        if (m.reflectionOn() != null) {
            study.reflection(m.sessionId(), m.memberId(), m.reflectionOn());
        }
    }

    /** A hand-in date one to three weeks after the session, never after the sample's today. */
    private LocalDate handIn(LocalDate session) {
        LocalDate on = session.plusDays(random.between(5, 21));
        return on.isBefore(options.today()) ? on : session;
    }

    private static String secretaryName(Services services) {
        BranchProfile profile = services.branch().profile().orElse(null);
        if (profile == null || profile.holders(OfficerRole.SECRETARY).isEmpty()) {
            return "";
        }
        return services.members().get(profile.holders(OfficerRole.SECRETARY).get(0)).member().fullName();
    }
}
