package vn.sochibo.model.meeting;

import java.util.Objects;
import vn.sochibo.model.text.Texts;

/** One decision put to the vote in a meeting, with its counts (tán thành / không tán thành / ý kiến khác). */
public record Vote(long id, long meetingId, int position, String subject, DecisionType decision, VoteMethod method,
                   int yes, int against, int other) {
    public Vote {
        subject = Texts.clean(subject);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(method, "method");
        if (yes < 0 || against < 0 || other < 0) {
            throw new IllegalArgumentException("negative vote count");
        }
    }

    public int cast() {
        return yes + against + other;
    }
}
