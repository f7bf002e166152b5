package vn.sochibo.model.meeting;

import java.time.LocalDateTime;

/**
 * The full text of a meeting's minutes as adopted: version 1 at the first adoption, then one more for every
 * correction, each with the reason the correction was made.
 */
public record MinutesVersion(long id, long meetingId, int version, LocalDateTime adoptedAt, String reason,
                             String content) {
}
