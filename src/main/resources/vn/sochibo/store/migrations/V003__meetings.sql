-- Meetings (rules.md §3–§4, §6): one row per sitting; agenda, roll, guests, tasks, votes and adopted versions hang
-- off it. Dates are ISO-8601 text, times HH:MM.
CREATE TABLE meeting (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL CHECK (type IN ('REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'COMMITTEE')),
    meeting_date      TEXT NOT NULL,
    start_time        TEXT NOT NULL DEFAULT '08:00',
    end_time          TEXT,
    place             TEXT NOT NULL DEFAULT '',
    topic             TEXT NOT NULL DEFAULT '',
    presenter         TEXT NOT NULL DEFAULT '',
    chair_id          INTEGER REFERENCES member (id) ON DELETE SET NULL,
    minute_taker_id   INTEGER REFERENCES member (id) ON DELETE SET NULL,
    state             TEXT NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'ADOPTED')),
    grade_points      INTEGER,
    grade_key_met     INTEGER NOT NULL DEFAULT 0,
    adopted_at        TEXT,
    minutes_number    INTEGER,
    resolution_number INTEGER
);
CREATE INDEX meeting_by_date ON meeting (meeting_date);

CREATE TABLE agenda_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT '',
    done            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position);

-- The standard order per meeting type (rules.md §3.2), editable by the secretary; a new meeting copies it.
CREATE TABLE agenda_template (
    meeting_type    TEXT NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_type, position)
);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED')),
    reason     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX attendance_by_member ON attendance (member_id);

CREATE TABLE meeting_guest (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    name       TEXT NOT NULL,
    post       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_guest_by_meeting ON meeting_guest (meeting_id, position);

CREATE TABLE meeting_task (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    owner_member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    owner_committee INTEGER NOT NULL DEFAULT 0,
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    done_date       TEXT,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_task_by_meeting ON meeting_task (meeting_id);

CREATE TABLE vote (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    subject    TEXT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('ORDINARY', 'ADMISSION', 'RECOGNITION', 'DISCIPLINE')),
    method     TEXT NOT NULL CHECK (method IN ('HANDS', 'CARD', 'SECRET_BALLOT')),
    yes        INTEGER NOT NULL DEFAULT 0 CHECK (yes >= 0),
    against    INTEGER NOT NULL DEFAULT 0 CHECK (against >= 0),
    other      INTEGER NOT NULL DEFAULT 0 CHECK (other >= 0)
);
CREATE INDEX vote_by_meeting ON vote (meeting_id, position);

-- Every adoption keeps the minutes' full text; a correction after adoption needs a reason (rules.md §3.4).
CREATE TABLE minutes_version (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    adopted_at TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    content    TEXT NOT NULL,
    UNIQUE (meeting_id, version)
);

-- Adopted minutes opened for a correction: the reason waits here until the next adoption keeps it with the new
-- version (rules.md §3.4).
CREATE TABLE minutes_correction (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    opened_at  TEXT NOT NULL
);
