package vn.sochibo.model.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyAge;
import vn.sochibo.model.member.ProbationRules;
import vn.sochibo.model.member.StatusOnDate;
import vn.sochibo.model.rules.BadgeRules;
import vn.sochibo.model.rules.WorkingDays;

/** Pure reminders about one member on a day: probation ending, badge milestones, exemption hints, late returns. */
public final class MemberReminders {
    /** Probation reminders show when the 12 months end within this many days. */
    public static final int PROBATION_LEAD_DAYS = 60;
    /** The recognition vote is due this many working days after the 12 months end (rules.md §10). */
    public static final int RECOGNITION_WORKING_DAYS = 30;
    /** Ages past which old age may ground an exemption (rules.md §5.3): men over 60, women over 55. */
    public static final int MEN_AGE = 60;
    public static final int WOMEN_AGE = 55;
    static final String PROBATION_BASIS = "Điều lệ Đảng, Hướng dẫn 06-HD/TW";
    static final String EXEMPTION_BASIS = "Hướng dẫn 06-HD/TW: cần thêm sức khỏe yếu, đơn và nghị quyết chi bộ";
    static final String TRANSFER_BASIS = "Hướng dẫn 06-HD/TW (chuyển sinh hoạt đảng tạm thời)";

    private MemberReminders() {
    }

    /** Every member reminder for the history on the day; none for people not on the list. */
    public static List<Reminder> on(MemberHistory h, LocalDate day, Set<LocalDate> holidays) {
        List<Reminder> out = new ArrayList<>();
        StatusOnDate s = h.statusOn(day);
        if (!s.inTotal()) {
            return out;
        }
        probation(h, s, day, holidays).ifPresent(out::add);
        out.addAll(badges(h, day));
        exemptionHint(h, s, day).ifPresent(out::add);
        transfer(h, s, day).ifPresent(out::add);
        return out;
    }

    /** A probationary member whose 12 months end within 60 days (or have ended): the vote deadline. */
    public static Optional<Reminder> probation(MemberHistory h, StatusOnDate s, LocalDate day,
                                               Set<LocalDate> holidays) {
        LocalDate start = h.last(EventType.ADMITTED).map(MemberEvent::date).orElse(h.member().party().admissionDate());
        if (!s.isProbationary() || start == null) {
            return Optional.empty();
        }
        LocalDate end = start.plusMonths(ProbationRules.PROBATION_MONTHS);
        if (end.isAfter(day.plusDays(PROBATION_LEAD_DAYS))) {
            return Optional.empty();
        }
        LocalDate due = WorkingDays.add(end, RECOGNITION_WORKING_DAYS, holidays);
        return Optional.of(Reminder.member(ReminderKind.PROBATION_ENDING, h.member().fullName(), h.member().id(), due,
                PROBATION_BASIS, 0));
    }

    /** Badge milestones whose award occasion lies within the next six months (or is today). */
    public static List<Reminder> badges(MemberHistory h, LocalDate day) {
        PartyAge age = h.partyAgeOn(day);
        List<Reminder> out = new ArrayList<>();
        if (age.isNone()) {
            return out;
        }
        for (int years : BadgeRules.MILESTONES) {
            LocalDate occasion = BadgeRules.nextOccasion(age.milestone(years));
            if (BadgeRules.shownOn(occasion, day)) {
                out.add(Reminder.member(ReminderKind.BADGE_MILESTONE, h.member().fullName(), h.member().id(),
                        occasion, BadgeRules.BASIS, years));
            }
        }
        return out;
    }

    /** A hint for a man over 60 or a woman over 55 not exempted; due from the day after that birthday. */
    public static Optional<Reminder> exemptionHint(MemberHistory h, StatusOnDate s, LocalDate day) {
        LocalDate birth = h.member().identity().birthDate();
        if (birth == null || s.isExempted()) {
            return Optional.empty();
        }
        int age = h.member().identity().gender() == Gender.FEMALE ? WOMEN_AGE : MEN_AGE;
        LocalDate from = birth.plusYears(age).plusDays(1);
        if (day.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(Reminder.member(ReminderKind.EXEMPTION_HINT, h.member().fullName(), h.member().id(), from,
                EXEMPTION_BASIS, age));
    }

    /** A temporary transfer out whose planned end has passed with no return recorded. */
    public static Optional<Reminder> transfer(MemberHistory h, StatusOnDate s, LocalDate day) {
        if (!s.temporarilyOut()) {
            return Optional.empty();
        }
        return h.events().stream().filter(e -> e.type() == EventType.TRANSFERRED_OUT_TEMPORARILY && !e.date()
                        .isAfter(day)).reduce((a, b) -> b).map(MemberEvent::endDate)
                .filter(end -> end.isBefore(day))
                .map(end -> Reminder.member(ReminderKind.TRANSFER_OVERDUE, h.member().fullName(), h.member().id(),
                        end, TRANSFER_BASIS, 0));
    }
}
