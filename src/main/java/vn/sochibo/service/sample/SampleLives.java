package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.MemberEvent;

/**
 * Dated life stories of sample members (rules.md §5, §10): birth, admission at 18 or older, recognition 12–13
 * months later, how they came onto the list and what happened since. Every date lies between 1901 and today, and
 * the history passes the event rules.
 */
final class SampleLives {
    /** Where the member served before retiring. */
    enum Service { CIVIL, ARMY, POLICE }

    /**
     * One story: the dates of the party record, whether retired, the events of the history, the day the member
     * left the list (if so) and, for members attached from elsewhere, the ward where they live permanently.
     */
    record Life(LocalDate birth, LocalDate admission, LocalDate official, boolean retired, Service service,
                List<MemberEvent> events, LocalDate left, Address home) {
    }

    /** Birth, admission and recognition before the member arrives in the branch. */
    private record Party(LocalDate birth, LocalDate admission, LocalDate official, Service service) {
    }

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1901, 1, 1);
    private static final List<String> EXEMPTION_REASONS = List.of("Tuổi cao, sức khỏe yếu",
            "Tuổi cao, sức khỏe yếu, điều trị bệnh dài ngày", "Tuổi cao, sức khỏe yếu, có đơn tự nguyện xin miễn");
    private final SampleRandom random;
    private final SamplePlaces places;
    private final LocalDate today;
    private final LocalDate windowStart;

    SampleLives(SampleRandom random, SamplePlaces places, SampleOptions options) {
        this.random = random;
        this.places = places;
        this.today = options.today();
        this.windowStart = options.windowStart();
    }

    /** A story ending in the given standing on today. */
    Life live(SampleFate fate, Gender gender) {
        return switch (fate) {
            case OFFICIAL -> official(gender);
            case PROBATIONARY -> probationary(gender);
            case EXEMPTED -> exempted(gender);
            case TEMPORARILY_OUT -> temporarilyOut(gender);
            case ATTACHED -> attached(gender);
            case ATTACHMENT_ENDED -> attachmentEnded(gender);
            case DECEASED -> deceased(gender);
            case TRANSFERRED_OUT -> transferredOut(gender);
        };
    }

    private Life official(Gender g) {
        boolean retiree = random.chance(0.82);
        int age = retiree ? random.central(60, 85) : random.between(28, 59);
        List<MemberEvent> events = new ArrayList<>();
        Party p = arrive(g, today, age, retiree, today.minusDays(30), events);
        maybeAwayAndBack(events);
        return new Life(p.birth, p.admission, p.official, retiree, p.service, events, null, null);
    }

    private Life probationary(Gender g) {
        LocalDate admission = random.day(today.minusDays(330), today.minusDays(20));
        LocalDate birth = admission.minusYears(random.central(23, 50)).minusDays(random.between(0, 364));
        List<MemberEvent> events = new ArrayList<>(List.of(MemberEvent.of(EventType.ADMITTED, admission)));
        return new Life(birth, admission, null, false, Service.CIVIL, events, null, null);
    }

    private Life exempted(Gender g) {
        List<MemberEvent> events = new ArrayList<>();
        Party p = arrive(g, today, random.between(76, 86), true, today.minusYears(2), events);
        LocalDate from = latest(windowStart, arrival(events).plusDays(60), p.birth.plusYears(70));
        events.add(exemption(random.day(from, today.minusDays(15))));
        return new Life(p.birth, p.admission, p.official, true, p.service, events, null, null);
    }

    private Life temporarilyOut(Gender g) {
        boolean retiree = random.chance(0.6);
        int age = retiree ? random.central(60, 80) : random.between(30, 59);
        List<MemberEvent> events = new ArrayList<>();
        Party p = arrive(g, today, age, retiree, today.minusYears(2), events);
        int days = random.between(100, 360);
        LocalDate start = random.day(today.minusDays(days - 10L), today.minusDays(10));
        events.add(MemberEvent.of(EventType.TRANSFERRED_OUT_TEMPORARILY, start).withEnd(start.plusDays(days))
                .withPlace(places.residentialCell().name()));
        return new Life(p.birth, p.admission, p.official, retiree, p.service, events, null, null);
    }

    private Life attached(Gender g) {
        LocalDate start = random.day(today.minusDays(300), today.minusDays(7));
        LocalDate end = start.plusDays(random.between(90, 365));
        return attachment(g, start, end.isAfter(today) ? end : today.plusDays(random.between(20, 90)), false);
    }

    private Life attachmentEnded(Gender g) {
        LocalDate start = random.day(windowStart, today.minusDays(130));
        LocalDate end = earliest(start.plusDays(random.between(90, 365)), today.minusDays(7));
        return attachment(g, start, end, true);
    }

    private Life attachment(Gender g, LocalDate start, LocalDate end, boolean ended) {
        int age = random.central(30, 72);
        boolean retiree = age >= (g == Gender.MALE ? 60 : 55);
        Party p = party(g, start, age, retiree, start.minusDays(30));
        SamplePlaces.Cell origin = places.residentialCell();
        List<MemberEvent> events = new ArrayList<>(List.of(MemberEvent.of(EventType.ATTACHED_IN, start)
                .withEnd(end).withPlace(origin.name())));
        if (ended) {
            events.add(MemberEvent.of(EventType.ATTACHMENT_ENDED, end));
        }
        return new Life(p.birth, p.admission, p.official, retiree, p.service, events, ended ? end : null,
                origin.ward());
    }

    private Life deceased(Gender g) {
        LocalDate death = random.day(windowStart, today.minusDays(7));
        List<MemberEvent> events = new ArrayList<>();
        Party p = arrive(g, death, random.central(68, 92), true, death.minusYears(1), events);
        LocalDate from = latest(arrival(events).plusDays(60), p.birth.plusYears(70), windowStart.minusYears(3));
        LocalDate until = death.minusDays(60);
        if (!from.isAfter(until) && random.chance(0.5)) {
            events.add(exemption(random.day(from, until)));
        }
        events.add(MemberEvent.of(EventType.DECEASED, death));
        return new Life(p.birth, p.admission, p.official, true, p.service, events, death, null);
    }

    private Life transferredOut(Gender g) {
        LocalDate leave = random.day(windowStart, today.minusDays(7));
        boolean retiree = random.chance(0.6);
        int age = retiree ? random.central(60, 80) : random.between(30, 58);
        List<MemberEvent> events = new ArrayList<>();
        Party p = arrive(g, leave, age, retiree, leave.minusDays(180), events);
        events.add(MemberEvent.of(EventType.TRANSFERRED_OUT, leave).withPlace(places.residentialCell().name()));
        return new Life(p.birth, p.admission, p.official, retiree, p.service, events, leave, null);
    }

    /** Party dates of someone aged {@code age} on {@code reference}, plus the events by which they arrived. */
    private Party arrive(Gender g, LocalDate reference, int age, boolean retiree, LocalDate arriveBy,
                         List<MemberEvent> events) {
        Party p = party(g, reference, age, retiree, arriveBy);
        if (random.chance(retiree ? 0.08 : 0.45)) {
            p = admittedHere(p, retiree, arriveBy);
            events.add(MemberEvent.of(EventType.ADMITTED, p.admission));
            events.add(MemberEvent.of(EventType.RECOGNISED_OFFICIAL, p.official));
            return p;
        }
        LocalDate arrival = retiree ? retirement(g, p) : random.day(p.official.plusDays(60), arriveBy);
        arrival = latest(p.official.plusDays(30), earliest(arrival, arriveBy));
        String origin = retiree ? places.workplace(p.service) : places.residentialCell().name();
        events.add(MemberEvent.of(EventType.TRANSFERRED_IN, arrival).withPlace(origin));
        return p;
    }

    /**
     * Birth, admission (at 18–40, soldiers younger) and recognition of someone aged {@code age} on {@code reference},
     * admitted no later than 14 months before {@code arriveBy}.
     */
    private Party party(Gender g, LocalDate reference, int age, boolean retiree, LocalDate arriveBy) {
        LocalDate birth = latest(EARLIEST_BIRTH, reference.minusYears(age).minusDays(random.between(0, 364)));
        Service service = g == Gender.MALE && random.chance(retiree ? 0.3 : 0.1) ? Service.ARMY
                : random.chance(0.06) ? Service.POLICE : Service.CIVIL;
        int admissionAge = switch (service) {
            case ARMY -> random.between(18, 24);
            case POLICE -> random.between(20, 28);
            case CIVIL -> retiree ? random.central(20, 40) : random.central(20, 35);
        };
        LocalDate admission = earliest(birth.plusYears(admissionAge).plusDays(random.between(0, 364)),
                arriveBy.minusMonths(14));
        return withAdmission(new Party(birth, admission, null, service), admission);
    }

    /** Working members admitted here often joined within the history window, so recognitions spread over it. */
    private Party admittedHere(Party p, boolean retiree, LocalDate arriveBy) {
        LocalDate from = latest(windowStart, p.birth.plusYears(20));
        LocalDate until = arriveBy.minusMonths(14);
        long years = ChronoUnit.YEARS.between(windowStart, today);
        if (retiree || from.isAfter(until) || !random.chance(Math.min(0.6, 0.08 * years))) {
            return p;
        }
        return withAdmission(p, random.day(from, until));
    }

    private Party withAdmission(Party p, LocalDate admission) {
        LocalDate official = admission.plusMonths(12).plusDays(random.between(1, 25));
        return new Party(p.birth, admission, official, p.service);
    }

    /** The day the member transferred here on retiring (soldiers retire earlier). */
    private LocalDate retirement(Gender g, Party p) {
        int age = g == Gender.FEMALE ? random.between(53, 57)
                : p.service == Service.ARMY ? random.between(48, 58) : random.between(58, 62);
        return p.birth.plusYears(age).plusDays(random.between(30, 400));
    }

    /** Some members spent a few months living elsewhere and came back (about 1% a year). */
    private void maybeAwayAndBack(List<MemberEvent> events) {
        LocalDate from = latest(windowStart, arrival(events)).plusDays(60);
        LocalDate last = today.minusDays(40);
        int days = random.between(95, 340);
        double yearsHere = ChronoUnit.DAYS.between(from, today) / 365.0;
        if (!random.chance(Math.min(0.5, 0.012 * yearsHere)) || from.plusDays(days + 10L).isAfter(last)) {
            return;
        }
        LocalDate start = random.day(from, last.minusDays(days + 10L));
        LocalDate end = start.plusDays(days);
        events.add(MemberEvent.of(EventType.TRANSFERRED_OUT_TEMPORARILY, start).withEnd(end)
                .withPlace(places.residentialCell().name()));
        events.add(MemberEvent.of(EventType.RETURNED, end.plusDays(random.between(0, 10))));
    }

    private MemberEvent exemption(LocalDate date) {
        return MemberEvent.of(EventType.EXEMPTED, date).withReason(random.pick(EXEMPTION_REASONS));
    }

    private static LocalDate arrival(List<MemberEvent> events) {
        return events.get(0).date();
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate max = dates[0];
        for (LocalDate d : dates) {
            max = d.isAfter(max) ? d : max;
        }
        return max;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
