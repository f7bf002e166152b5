package vn.sochibo.ui.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.ui.common.I18n;

/** The clock line of the live minutes: time since the meeting began against the agenda's planned total. */
final class ElapsedTime {
    private ElapsedTime() {
    }

    /** "Đã họp 0:47:15 / dự kiến 90 phút" on the meeting day (saying when it runs over), else the plan alone. */
    static String text(I18n i18n, Meeting m, List<AgendaItem> items, LocalDateTime now) {
        int planned = items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
        if (m == null || !now.toLocalDate().equals(m.date())) {
            return i18n.tr("minutes.live.planned", planned);
        }
        long seconds = Math.max(0, Duration.between(m.date().atTime(m.startTime()), now).getSeconds());
        String elapsed = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        return i18n.tr(seconds > planned * 60L ? "minutes.live.elapsedOver" : "minutes.live.elapsed", elapsed, planned);
    }
}
