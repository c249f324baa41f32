-- Ids without a child suffix ('.'), for counting top-level issues on every create (adaptive hash-id length):
-- counting this partial index avoids evaluating a function on every row of the primary key range.
CREATE INDEX issues_top_level ON issues (id) WHERE instr(id, '.') = 0;
