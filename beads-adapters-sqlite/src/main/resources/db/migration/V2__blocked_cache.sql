-- Schema version 2: the ids of blocked issues (beads ready semantics), kept up to date in every write
-- transaction that changes a status or a blocks/parent-child edge, so that ready work is one indexed anti-join.
-- Blocked: a 'blocks' edge to an issue that is open, in_progress or blocked, or a 'parent-child' edge to a
-- blocked parent, at any depth.

CREATE TABLE blocked_cache (
    issue_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO blocked_cache (issue_id)
WITH RECURSIVE blocked (id) AS (
    SELECT d.issue_id
    FROM dependencies d
    JOIN issues blocker ON blocker.id = d.depends_on_id
    WHERE d.type = 'blocks' AND blocker.status IN ('open', 'in_progress', 'blocked')
    UNION
    SELECT d.issue_id
    FROM dependencies d
    JOIN blocked b ON d.depends_on_id = b.id
    WHERE d.type = 'parent-child'
)
SELECT id FROM blocked;
