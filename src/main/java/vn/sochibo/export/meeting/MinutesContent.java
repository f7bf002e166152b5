package vn.sochibo.export.meeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingGrade;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.VoteOutcome;

/**
 * Everything the documents of one meeting need: the branch, the meeting, the names of chair, minute-taker and
 * secretary ("" when unknown), guests, the roll's counts with the absentees' names, the agenda with its notes, tasks
 * carried over and decided (with owners' names by member id), vote outcomes, the grade (null when not graded), the
 * minutes' number line ("" when not numbered) and the place-and-date line.
 */
public record MinutesContent(BranchProfile branch, Meeting meeting, String chairName, String minuteTakerName,
                             String secretaryName, List<Guest> guests, RollSummary roll, List<AgendaItem> items,
                             List<MeetingTask> carriedOver, List<MeetingTask> tasks, Map<Long, String> memberNames,
                             List<VoteOutcome> votes, MeetingGrade grade, String numberLine, String placeDateLine) {
    public MinutesContent {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(roll, "roll");
        chairName = chairName == null ? "" : chairName;
        minuteTakerName = minuteTakerName == null ? "" : minuteTakerName;
        secretaryName = secretaryName == null ? "" : secretaryName;
        guests = List.copyOf(guests);
        items = List.copyOf(items);
        carriedOver = List.copyOf(carriedOver);
        tasks = List.copyOf(tasks);
        memberNames = Map.copyOf(memberNames);
        votes = List.copyOf(votes);
        numberLine = numberLine == null ? "" : numberLine;
        placeDateLine = placeDateLine == null ? "" : placeDateLine;
    }

    /**
     * The same content as it reads once adopted (no draft note, with the adoption sentence): the text that is read
     * back before the vote and kept as the adopted version.
     */
    public MinutesContent asAdopted() {
        return new MinutesContent(branch, meeting.withState(MeetingState.ADOPTED), chairName, minuteTakerName,
                secretaryName, guests, roll, items, carriedOver, tasks, memberNames, votes, grade, numberLine,
                placeDateLine);
    }

    /** The items of the given kind, in agenda order. */
    public List<AgendaItem> itemsOf(AgendaKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The chair's post in the branch ("Bí thư chi bộ", …), empty when the chair holds none. */
    public Optional<String> chairPost() {
        Long chair = meeting.chairId();
        return branch.officers().stream().filter(o -> chair != null && o.memberId() == chair).map(Officer::role)
                .sorted().findFirst().map(role -> switch (role) {
                    case SECRETARY -> "Bí thư chi bộ";
                    case DEPUTY_SECRETARY -> "Phó Bí thư chi bộ";
                    case COMMITTEE_MEMBER -> "Chi ủy viên";
                });
    }

    /** Who answers for a task: "Chi ủy", the member's name, or "" when nobody was named. */
    public String ownerOf(MeetingTask task) {
        if (task.ownerCommittee()) {
            return "Chi ủy";
        }
        return task.ownerMemberId() == null ? "" : memberNames.getOrDefault(task.ownerMemberId(), "");
    }
}
