-- Schema version 4: imported history kept as written (DESIGN §3).
-- A comment's id as its JSONL file wrote it (JSON text: 12, or "a UUID"), written back as it came; comments.id
-- stays the storage key, ours, so ids that other tools repeat cannot collide. NULL for comments made here, and for
-- every comment stored before this version, whose file id is their storage key.
ALTER TABLE comments ADD COLUMN original_id TEXT;

-- The JSONL's records that are not issues (no id, or a _type other than issue), each line's text as read, in file
-- order (seq): export writes them back after the issues.
CREATE TABLE jsonl_records (
    seq  INTEGER NOT NULL PRIMARY KEY,
    line TEXT    NOT NULL
);
