-- Branch profile: one row. Dates are ISO-8601 text.
CREATE TABLE branch (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    superior_name   TEXT NOT NULL,
    branch_name     TEXT NOT NULL,
    place_name      TEXT NOT NULL,
    term_start      TEXT,
    term_end        TEXT,
    meeting_kind    TEXT NOT NULL DEFAULT 'NTH_WEEKDAY',
    meeting_dom     INTEGER NOT NULL DEFAULT 5,
    meeting_nth     INTEGER NOT NULL DEFAULT 1,
    meeting_weekday INTEGER NOT NULL DEFAULT 7,
    meeting_time    TEXT NOT NULL DEFAULT '08:00',
    meeting_place   TEXT NOT NULL DEFAULT '',
    issuer_symbol   TEXT NOT NULL DEFAULT 'CB',
    number_minutes  INTEGER NOT NULL DEFAULT 1,
    margin_top      INTEGER NOT NULL DEFAULT 20,
    margin_bottom   INTEGER NOT NULL DEFAULT 20,
    margin_left     INTEGER NOT NULL DEFAULT 30,
    margin_right    INTEGER NOT NULL DEFAULT 15
);

CREATE TABLE member (
    id                 INTEGER PRIMARY KEY,
    full_name          TEXT NOT NULL,
    name_key           TEXT NOT NULL,
    other_name         TEXT NOT NULL DEFAULT '',
    gender             TEXT CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date         TEXT,
    ethnicity          TEXT NOT NULL DEFAULT '',
    religion           TEXT NOT NULL DEFAULT '',
    hometown_detail    TEXT NOT NULL DEFAULT '',
    hometown_commune   TEXT NOT NULL DEFAULT '',
    hometown_province  TEXT NOT NULL DEFAULT '',
    personal_id        TEXT NOT NULL DEFAULT '',
    admission_date     TEXT,
    official_date      TEXT,
    card_number        TEXT NOT NULL DEFAULT '',
    old_card_number    TEXT NOT NULL DEFAULT '',
    dossier_number     TEXT NOT NULL DEFAULT '',
    badge_number       TEXT NOT NULL DEFAULT '',
    general_education  TEXT NOT NULL DEFAULT '',
    professional_level TEXT NOT NULL DEFAULT '',
    political_theory   TEXT NOT NULL DEFAULT '',
    foreign_language   TEXT NOT NULL DEFAULT '',
    occupation         TEXT NOT NULL DEFAULT '',
    occupation_before  TEXT NOT NULL DEFAULT '',
    retired            INTEGER NOT NULL DEFAULT 0,
    army               INTEGER NOT NULL DEFAULT 0,
    police             INTEGER NOT NULL DEFAULT 0,
    residence_detail   TEXT NOT NULL DEFAULT '',
    residence_commune  TEXT NOT NULL DEFAULT '',
    residence_province TEXT NOT NULL DEFAULT '',
    local_address      TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX member_personal_id ON member (personal_id) WHERE personal_id <> '';
CREATE UNIQUE INDEX member_card_number ON member (card_number) WHERE card_number <> '';

CREATE TABLE member_event (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    type       TEXT NOT NULL,
    event_date TEXT NOT NULL,
    end_date   TEXT,
    place      TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_event_member ON member_event (member_id, event_date);

CREATE TABLE branch_officer (
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')),
    PRIMARY KEY (member_id, role)
);

-- Consecutive document numbers per document type within one term (rules.md §4.1).
CREATE TABLE document_counter (
    doc_type    TEXT NOT NULL,
    term_start  TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (doc_type, term_start)
);
