-- Study sessions (học tập, quán triệt nghị quyết; rules.md §7): the document studied, who organised it, the date,
-- and one line per member with the mark, the make-up date (học bù) and the reflection (bài thu hoạch) date.
CREATE TABLE study_session (
    id                  INTEGER PRIMARY KEY,
    document_symbol     TEXT NOT NULL,
    document_title      TEXT NOT NULL DEFAULT '',
    issuing_level       TEXT NOT NULL CHECK (issuing_level IN ('TRUNG_UONG', 'TINH_UY', 'DANG_UY_PHUONG', 'CHI_BO')),
    organiser           TEXT NOT NULL CHECK (organiser IN ('WARD', 'BRANCH')),
    session_date        TEXT NOT NULL,
    place               TEXT NOT NULL DEFAULT '',
    form                TEXT NOT NULL CHECK (form IN ('DIRECT', 'ONLINE')),
    presenter           TEXT NOT NULL DEFAULT '',
    reflection_required INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX study_session_by_date ON study_session (session_date);
CREATE INDEX study_session_by_symbol ON study_session (document_symbol);

CREATE TABLE study_attendance (
    session_id              INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    member_id               INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status                  TEXT NOT NULL CHECK (status IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED')),
    reason                  TEXT NOT NULL DEFAULT '',
    makeup_date             TEXT,
    reflection_submitted_on TEXT,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX study_attendance_by_member ON study_attendance (member_id);
