package org.huzhu.domain.model.member.roster;

import java.io.Serializable;
import java.util.List;

/**
 * One row of a roster as the file holds it: its row number as a spreadsheet shows it (the header is
 * row 1) and its cells as text, so that a rejected row can be written back exactly as it came.
 */
public record RosterRow(int rowNumber, List<String> cells) implements Serializable {

    public RosterRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
