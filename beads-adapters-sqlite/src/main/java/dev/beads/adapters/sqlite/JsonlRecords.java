package dev.beads.adapters.sqlite;

import java.util.ArrayList;
import java.util.List;

/** The JSONL's records that are not issues ({@code jsonl_records}): each line's text, in file order. */
final class JsonlRecords {
    private static final String ALL = "SELECT line FROM jsonl_records ORDER BY seq";
    private static final String INSERT = "INSERT INTO jsonl_records (seq, line) VALUES (?, ?)";

    private JsonlRecords() {}

    static List<String> all(Session s) {
        return s.query(ALL, List.of(), rs -> rs.getString(1));
    }

    static void replace(Session s, List<String> records) {
        s.execute("DELETE FROM jsonl_records");
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(new Object[] {i, records.get(i)});
        }
        s.batch(INSERT, rows);
    }
}
