package org.huzhu.domain.model.member.roster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import org.huzhu.domain.model.shared.InvalidValueException;

/** Which cell of a row holds which column, as the header row says. Columns it does not know are ignored. */
public final class RosterLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RULE_CODE = "ROSTER_HEADER";

    private final List<String> header;
    private final EnumMap<RosterColumn, Integer> positions;

    private RosterLayout(List<String> header, EnumMap<RosterColumn, Integer> positions) {
        this.header = header;
        this.positions = positions;
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} when a required column is missing or doubled */
    public static RosterLayout of(List<String> header) {
        EnumMap<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            RosterColumn.byHeader(header.get(i)).ifPresent(column -> {
                if (positions.putIfAbsent(column, position) != null) {
                    throw new InvalidValueException(RULE_CODE, "名单表头中“" + column.chineseHeader() + "”出现了两次",
                            "the roster has the column " + column.field() + " twice");
                }
            });
        }
        List<RosterColumn> missing = Arrays.stream(RosterColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidValueException(RULE_CODE,
                    "名单第1行缺少以下列：" + String.join("、", missing.stream().map(RosterColumn::chineseHeader).toList()),
                    "row 1 of the roster lacks the columns " + String.join(", ", missing.stream().map(RosterColumn::field).toList()));
        }
        return new RosterLayout(List.copyOf(header), positions);
    }

    /** The header row as the file has it. */
    public List<String> header() {
        return header;
    }

    public boolean has(RosterColumn column) {
        return positions.containsKey(column);
    }

    /** The cell of that column, stripped; empty when the roster has no such column. */
    public String value(RosterRow row, RosterColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position).strip();
    }
}
