package org.echeance.overdue.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the reports' plain-text tables; the figures in them are written by {@link
 * org.echeance.core.text.DocumentText}. Not API.
 */
public final class Texts {
    private Texts() {}

    /**
     * Lays out rows of cells as columns separated by two spaces, the first {@code leftColumns} columns aligned left
     * and the others right; lines end without trailing spaces and with {@code \n}.
     *
     * @param rows the rows, the heading first
     * @param leftColumns how many columns are text (aligned left)
     * @return the table
     */
    public static String table(List<List<String>> rows, int leftColumns) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                int length = row.get(i).length();
                if (i >= widths.size()) {
                    widths.add(length);
                } else if (length > widths.get(i)) {
                    widths.set(i, length);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = row.get(i);
                String pad = " ".repeat(widths.get(i) - cell.length());
                line.append(i < leftColumns ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
