package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.AgendaItem;

/** One agenda item as shown: number, kind, title (with what carries over under the review item), planned minutes, done. */
public record AgendaRow(AgendaItem item, String number, String kind, String title, String minutes, String done) {
}
