package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.Objects;

/** A date the calculation depends on, with its Chinese label: 入院日期, 出院日期, 确诊日期, 出险日期. */
public record KeyDate(String label, LocalDate date) {

    public KeyDate {
        LetterText.requireText(label, "label");
        Objects.requireNonNull(date, "date");
    }
}
