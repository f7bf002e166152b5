package vn.sochibo.service.meeting;

import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.store.Tx;

/** The checks shared by votes and minutes: the meeting exists, and its minutes are not adopted (read-only). */
final class MinutesGuard {
    private final MeetingRepository meetings = new MeetingRepository();

    /** The meeting, refused with a message when it no longer exists. */
    Meeting meeting(Tx tx, long meetingId) {
        return meetings.get(tx, meetingId).orElseThrow(() -> new AppException("meeting.error.notFound", meetingId));
    }

    /** The meeting, refused when its minutes are adopted: a change then needs "Sửa biên bản đã thông qua". */
    Meeting open(Tx tx, long meetingId) {
        Meeting m = meeting(tx, meetingId);
        if (m.isAdopted()) {
            throw new AppException("minutes.error.adopted", Messages.date(m.date()));
        }
        return m;
    }

    /** The journal subject of a meeting: its date as printed. */
    static String subject(Meeting m) {
        return Messages.date(m.date());
    }
}
