package vn.sochibo.model.meeting;

import vn.sochibo.model.text.Texts;

/** A guest of a meeting (đại biểu cấp trên, đảng ủy viên phụ trách, khách mời) by name and post; not in the roll. */
public record Guest(long id, long meetingId, int position, String name, String post) {
    public Guest {
        name = Texts.clean(name);
        post = Texts.clean(post);
    }
}
