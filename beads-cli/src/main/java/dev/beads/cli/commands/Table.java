package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import java.util.List;

/** Columns padded as Go's tabwriter pads them ({@code minwidth 0, padding 2}). */
final class Table {
    private Table() {}

    static void print(Output out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.line(line.toString());
        }
    }
}
