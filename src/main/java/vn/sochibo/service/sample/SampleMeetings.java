package vn.sochibo.service.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingServices;

/**
 * Holds the sample branch's meetings of its years through the same services the screens use: year plans, roll calls
 * with a few absences (most with a reason), discussion by speaker, tasks (some left open to carry over), the vote on
 * the resolution, a grade, and adopted minutes. Meetings after {@code today} stay planned. Large samples hold
 * meetings of their last year only (over 500 members) or of their last month (over 5,000: stress sets), so
 * generating them stays quick.
 */
final class SampleMeetings {
    private static final int FULL_HISTORY_UP_TO = 500;
    private static final int ONE_MONTH_FROM = 5000;
    private final Services services;
    private MeetingServices m;
    private final SampleRandom random;
    private final SampleOptions options;
    private final Long chair;
    private final Long minuteTaker;

    private SampleMeetings(Services services, SampleOptions options) {
        this.services = services;
        this.m = services.meeting();
        this.options = options;
        this.random = new SampleRandom(options.seed() * 31 + 7);
        BranchProfile profile = services.branch().profile().orElseThrow();
        this.chair = first(profile, OfficerRole.SECRETARY);
        Long deputy = first(profile, OfficerRole.DEPUTY_SECRETARY);
        this.minuteTaker = deputy != null ? deputy : first(profile, OfficerRole.COMMITTEE_MEMBER);
    }

    /** Writes the meetings; returns how many were written (held and planned). */
    static int create(Services services, SampleOptions options) {
        return new SampleMeetings(services, options).write();
    }

    private int write() {
        LocalDate from = options.windowStart();
        if (options.members() > ONE_MONTH_FROM) {
            from = options.today().minusMonths(1);
        } else if (options.members() > FULL_HISTORY_UP_TO) {
            from = options.today().minusYears(1);
        }
        int written = 0;
        for (int year = from.getYear(); year <= options.today().getYear(); year++) {
            for (Meeting planned : m.meetings().planYear(year)) {
                if (planned.date().isBefore(from)) {
                    m.meetings().delete(planned.id());
                    continue;
                }
                if (planned.date().isBefore(options.today())) {
                    hold(planned);
                }
                written++;
            }
        }
        return written;
    }

    /** Held as on its day: the services' clock stands at the meeting's end, so adoption and journal carry that time. */
    private void hold(Meeting meeting) {
        long id = meeting.id();
        LocalDateTime end = meeting.date().atTime(meeting.startTime()).plusMinutes(duration(meeting));
        m = MeetingServices.on(services.database(), Clock.fixed(end.toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                services.journal());
        if (meeting.type() == MeetingType.THEMATIC) {
            m.meetings().update(withTopic(meeting));
        }
        m.minutes().setPeople(id, chair, minuteTaker);
        Roll roll = callRoll(id);
        if (random.chance(0.25)) {
            m.roll().addGuest(id, "Lê Văn Hùng", "Đảng ủy viên, phụ trách chi bộ");
        }
        List<RollEntry> present = roll.entries().stream().filter(RollEntry::isPresent).toList();
        fillNotes(id, present);
        closeEarlierTasks(id);
        addTasks(meeting, present);
        vote(id, roll);
        m.minutes().setGrade(id, random.central(82, 98), random.chance(0.8));
        m.minutes().setEndTime(id, end.toLocalTime());
        m.minutes().adopt(id, m.documents().minutesText(id));
    }

    private static int duration(Meeting meeting) {
        return meeting.type() == MeetingType.THEMATIC ? 125 : 95;
    }

    private Meeting withTopic(Meeting t) {
        return new Meeting(t.id(), t.type(), t.date(), t.startTime(), t.endTime(), t.place(),
                random.pick(SampleMeetingTexts.TOPICS), "", t.chairId(), t.minuteTakerId(), t.state(),
                t.gradePoints(), t.gradeKeyMet(), t.adoptedAt(), t.minutesNumber(), t.resolutionNumber());
    }

    /** Everyone present, then up to three absences among those expected, one in six of them without a reason. */
    private Roll callRoll(long id) {
        Roll roll = m.roll().markAllPresent(id);
        List<RollEntry> expected = new ArrayList<>(roll.entries().stream()
                .filter(e -> e.category() == RollCategory.EXPECTED).toList());
        random.shuffle(expected);
        int absences = Math.min(expected.size() / 5, random.between(0, 3));
        for (RollEntry e : expected.subList(0, absences)) {
            boolean excused = random.chance(5.0 / 6);
            roll = m.roll().mark(id, e.memberId(), excused ? AttendanceStatus.ABSENT_EXCUSED
                    : AttendanceStatus.ABSENT_UNEXCUSED, excused ? random.pick(SampleMeetingTexts.REASONS) : "", "");
        }
        return roll;
    }

    private void fillNotes(long id, List<RollEntry> present) {
        for (AgendaItem item : m.agenda().items(id)) {
            String notes = notesFor(item.kind(), present);
            if (!notes.isEmpty()) {
                m.minutes().saveNotes(item.id(), notes);
            }
            m.minutes().setItemDone(item.id(), true);
        }
    }

    private String notesFor(AgendaKind kind, List<RollEntry> present) {
        if (kind == AgendaKind.DISCUSSION && !present.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (int i = random.between(2, 4); i > 0; i--) {
                RollEntry speaker = random.pick(present);
                lines.append("Đồng chí ").append(speaker.fullName()).append(": ")
                        .append(random.pick(SampleMeetingTexts.OPINIONS)).append('\n');
            }
            return lines.toString().strip();
        }
        List<String> texts = SampleMeetingTexts.forKind(kind);
        return texts.isEmpty() ? "" : random.pick(texts);
    }

    /** Most tasks carried into this meeting were done by then; about one in five stays open. */
    private void closeEarlierTasks(long id) {
        Meeting meeting = m.meetings().get(id);
        for (MeetingTask t : m.agenda().carriedOver(id)) {
            if (random.chance(0.8)) {
                m.agenda().updateTask(new MeetingTask(t.id(), t.meetingId(), t.text(), t.ownerMemberId(),
                        t.ownerCommittee(), t.dueDate(), TaskStatus.DONE, meeting.date(), t.note()));
            }
        }
    }

    private void addTasks(Meeting meeting, List<RollEntry> present) {
        if (meeting.type() != MeetingType.REGULAR || present.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>(SampleMeetingTexts.TASKS);
        random.shuffle(texts);
        for (String text : texts.subList(0, random.between(1, 2))) {
            boolean committee = random.chance(0.4);
            Long owner = committee ? null : random.pick(present).memberId();
            m.agenda().addTask(new MeetingTask(0, meeting.id(), text, owner, committee, meeting.date().plusMonths(1),
                    TaskStatus.OPEN, null, ""));
        }
    }

    /** The branch votes on the month's resolution: every official member present in favour but, rarely, one. */
    private void vote(long id, Roll roll) {
        int present = roll.summary().presentOfficial();
        if (present == 0) {
            return;
        }
        int other = random.chance(0.1) ? 1 : 0;
        Vote v = new Vote(0, id, 0, "Thông qua dự thảo nghị quyết tháng", DecisionType.ORDINARY, VoteMethod.HANDS,
                present - other, 0, other);
        m.votes().add(v, roll.summary());
    }

    private static Long first(BranchProfile profile, OfficerRole role) {
        List<Long> ids = profile.holders(role);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
