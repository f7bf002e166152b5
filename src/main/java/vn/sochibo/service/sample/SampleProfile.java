package vn.sochibo.service.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusOnDate;

/**
 * The profile of the sample branch (rules.md §2.2): its names, the five-year term containing today, and officers
 * chosen among official members attending on today: a secretary, a deputy and, from 9 official members on, a cell
 * committee of 3 (5 from 50 official members).
 */
final class SampleProfile {
    static final String SUPERIOR = "ĐẢNG BỘ PHƯỜNG HOÀ BÌNH";
    static final String BRANCH = "CHI BỘ KHU PHỐ 3";
    static final String PLACE = "Hoà Bình";
    static final String MEETING_PLACE = "Nhà văn hoá Khu phố 3";
    private static final int TERM_YEARS = 5;
    private static final int COMMITTEE_FROM = 9;
    private static final int LARGE_COMMITTEE_FROM = 50;
    private static final Map<String, Integer> THEORY_RANK = Map.of("Cao cấp", 3, "Cử nhân", 3, "Trung cấp", 2,
            "Sơ cấp", 1);

    private SampleProfile() {
    }

    /** The profile for members already saved (officers refer to their ids). */
    static BranchProfile build(List<MemberHistory> saved, LocalDate today) {
        LocalDate start = termStart(today);
        return new BranchProfile(SUPERIOR, BRANCH, PLACE, start, start.plusYears(TERM_YEARS),
                officers(saved, today, start), new MeetingDay(MeetingDay.Kind.NTH_WEEKDAY, 5, 1, DayOfWeek.SUNDAY),
                LocalTime.of(8, 0), MEETING_PLACE, DocumentSettings.DEFAULT);
    }

    /** Cells hold their congress every five years (2020, 2025, 2030…), here on the first Sunday of May. */
    static LocalDate termStart(LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear(), TERM_YEARS);
        LocalDate congress = congress(year);
        return congress.isAfter(today) ? congress(year - TERM_YEARS) : congress;
    }

    private static LocalDate congress(int year) {
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
    }

    /** Secretary, deputy and committee members, best suited first: here before the term, higher theory, about 65. */
    static List<Officer> officers(List<MemberHistory> members, LocalDate today, LocalDate termStart) {
        long official = members.stream().filter(h -> h.statusOn(today).isOfficial()).count();
        int committee = official < COMMITTEE_FROM ? 0 : official < LARGE_COMMITTEE_FROM ? 1 : 3;
        List<Candidate> candidates = new ArrayList<>();
        for (MemberHistory h : members) {
            StatusOnDate s = h.statusOn(today);
            if (s.isOfficial() && s.expectedAtMeeting()) {
                candidates.add(new Candidate(h.member().id(), h.statusOn(termStart).inTotal(),
                        THEORY_RANK.getOrDefault(h.member().background().politicalTheory(), 0),
                        Math.abs(age(h, today) - 65)));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::hereBeforeTerm).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::theory).reversed())
                .thenComparingInt(Candidate::ageGap).thenComparingLong(Candidate::id));
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < Math.min(candidates.size(), 2 + committee); i++) {
            OfficerRole role = i == 0 ? OfficerRole.SECRETARY : i == 1 ? OfficerRole.DEPUTY_SECRETARY
                    : OfficerRole.COMMITTEE_MEMBER;
            officers.add(new Officer(candidates.get(i).id(), role));
        }
        return officers;
    }

    /** What makes an official member suited to a post, computed once per member. */
    private record Candidate(long id, boolean hereBeforeTerm, int theory, int ageGap) {
    }

    private static int age(MemberHistory h, LocalDate today) {
        return Period.between(h.member().identity().birthDate(), today).getYears();
    }
}
