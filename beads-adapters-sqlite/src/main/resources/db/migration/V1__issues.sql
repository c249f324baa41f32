-- Schema version 1: issues with every field of Go bd's v0.39.1 types.Issue, their labels, dependencies and
-- comments, the audit trail, dirty flags, configuration and metadata.
-- Statements end with ';' at the end of a line (the migration runner and the build split on that).
-- Timestamps keep the RFC 3339 text as written (round trip) plus epoch nanoseconds (*_ns) for ordering.

CREATE TABLE issues (
    id                  TEXT    NOT NULL PRIMARY KEY,
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    design              TEXT    NOT NULL DEFAULT '',
    acceptance_criteria TEXT    NOT NULL DEFAULT '',
    notes               TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL,
    priority            INTEGER NOT NULL,
    issue_type          TEXT    NOT NULL,
    assignee            TEXT    NOT NULL DEFAULT '',
    estimated_minutes   INTEGER,
    created_at          TEXT    NOT NULL,
    created_ns          INTEGER NOT NULL,
    created_by          TEXT    NOT NULL DEFAULT '',
    updated_at          TEXT    NOT NULL,
    updated_ns          INTEGER NOT NULL,
    closed_at           TEXT,
    closed_ns           INTEGER,
    close_reason        TEXT    NOT NULL DEFAULT '',
    external_ref        TEXT    NOT NULL DEFAULT '',
    compaction_level    INTEGER NOT NULL DEFAULT 0,
    compacted_at        TEXT,
    compacted_at_commit TEXT    NOT NULL DEFAULT '',
    original_size       INTEGER NOT NULL DEFAULT 0,
    deleted_at          TEXT,
    deleted_by          TEXT    NOT NULL DEFAULT '',
    delete_reason       TEXT    NOT NULL DEFAULT '',
    original_type       TEXT    NOT NULL DEFAULT '',
    sender              TEXT    NOT NULL DEFAULT '',
    ephemeral           INTEGER NOT NULL DEFAULT 0,
    pinned              INTEGER NOT NULL DEFAULT 0,
    is_template         INTEGER NOT NULL DEFAULT 0,
    bonded_from         TEXT,
    creator             TEXT,
    validations         TEXT,
    await_type          TEXT    NOT NULL DEFAULT '',
    await_id            TEXT    NOT NULL DEFAULT '',
    timeout             TEXT,
    waiters             TEXT,
    source_formula      TEXT    NOT NULL DEFAULT '',
    source_location     TEXT    NOT NULL DEFAULT '',
    extra               TEXT
);

-- Covering for ready work: status filter, sort keys and id without touching the table rows.
CREATE INDEX issues_ready ON issues (status, priority, created_ns, id);

CREATE TABLE labels (
    issue_id TEXT NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label    TEXT NOT NULL,
    PRIMARY KEY (issue_id, label)
) WITHOUT ROWID;

-- Outgoing edges in the order the issue lists them (seq). No foreign key on depends_on_id: an edge may point
-- at an id that does not exist (an external reference); it is kept and never blocks.
CREATE TABLE dependencies (
    issue_id      TEXT    NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    depends_on_id TEXT    NOT NULL,
    type          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    created_ns    INTEGER NOT NULL,
    created_by    TEXT    NOT NULL DEFAULT '',
    extra         TEXT,
    PRIMARY KEY (issue_id, seq)
) WITHOUT ROWID;

CREATE INDEX dependencies_target ON dependencies (depends_on_id, type);

-- AUTOINCREMENT: a fresh comment id is greater than every id ever used, explicit ones included.
CREATE TABLE comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id   TEXT    NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    author     TEXT    NOT NULL DEFAULT '',
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);

CREATE INDEX comments_issue ON comments (issue_id, seq);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id   TEXT    NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    event_type TEXT    NOT NULL,
    actor      TEXT    NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT,
    comment    TEXT,
    created_at TEXT    NOT NULL,
    created_ns INTEGER NOT NULL
);

CREATE INDEX events_issue ON events (issue_id, id);

CREATE TABLE dirty_issues (
    issue_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE config (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE metadata (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
