-- Monthly reports to the ward committee (báo cáo tháng, rules.md §4.7): the free-text sections the secretary writes
-- for a month (ideological situation, main content, proposals, next month's direction), kept across sessions, and
-- the number each month's report took within the term on its first export.
CREATE TABLE report_note (
    month      TEXT NOT NULL,
    section    TEXT NOT NULL CHECK (section IN ('IDEOLOGY', 'CONTENT', 'PROPOSALS', 'DIRECTION')),
    text       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (month, section)
);

CREATE TABLE report_number (
    month  TEXT PRIMARY KEY,
    number INTEGER NOT NULL
);
