package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.AppException;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;
import vn.sochibo.model.meeting.VoteOutcome;
import vn.sochibo.store.MeetingFixtures;

/** Votes are kept in order, judged over the roll's denominator, refused above officials present and once adopted. */
class VoteServiceTest extends MeetingTestBase {

    private Vote vote(long meetingId, String subject, DecisionType decision, int yes, int against, int other) {
        return new Vote(0, meetingId, 0, subject, decision, VoteMethod.HANDS, yes, against, other);
    }

    @Test
    void add_twoVotes_listedInOrderAndJudgedOverDenominator() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        VoteService votes = services.meeting().votes();
        votes.add(vote(m.id(), "Thông qua nghị quyết tháng 11", DecisionType.ORDINARY, 6, 0, 0), summary(7, 10));
        votes.add(vote(m.id(), "Kết nạp quần chúng Lê Thị Hoa", DecisionType.ADMISSION, 6, 1, 0), summary(7, 10));
        List<VoteOutcome> outcomes = votes.outcomes(m.id(), summary(7, 10));
        assertEquals(List.of(1, 2), votes.votes(m.id()).stream().map(Vote::position).toList());
        assertTrue(outcomes.get(0).passed());
        assertFalse(outcomes.get(1).passed(), "6 of 10 is below two thirds even though 6 of 7 present agreed");
        assertEquals(60.0, outcomes.get(1).percent(), 0.001);
    }

    @Test
    void add_countsAboveOfficialsPresent_refusedAndNothingSaved() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        ValidationException e = assertThrows(ValidationException.class, () -> services.meeting().votes()
                .add(vote(m.id(), "Thông qua nghị quyết", DecisionType.ORDINARY, 7, 1, 0), summary(7, 10)));
        assertEquals("vote.field.counts", e.issues().get(0).field());
        assertTrue(services.meeting().votes().votes(m.id()).isEmpty());
    }

    @Test
    void updateAndRemove_openMinutes_changeTheStoredVote() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        VoteService votes = services.meeting().votes();
        Vote v = votes.add(vote(m.id(), "Nghị quyết", DecisionType.ORDINARY, 4, 0, 0), summary(7, 10));
        votes.update(new Vote(v.id(), m.id(), 0, "Nghị quyết tháng 11", DecisionType.ORDINARY, VoteMethod.CARD, 7, 0, 0),
                summary(7, 10));
        assertEquals(7, votes.votes(m.id()).get(0).yes());
        votes.remove(v.id());
        assertTrue(votes.votes(m.id()).isEmpty());
    }

    @Test
    void add_adoptedMinutes_refused() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        services.meeting().minutes().adopt(m.id(), "Biên bản");
        AppException e = assertThrows(AppException.class, () -> services.meeting().votes()
                .add(vote(m.id(), "Nghị quyết", DecisionType.ORDINARY, 4, 0, 0), summary(7, 10)));
        assertEquals("minutes.error.adopted", e.key());
    }
}
