package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.huzhu.domain.model.shared.Money;

/**
 * A grant letter (帮扶金发放通知书) for a hardship grant or a condolence payment.
 *
 * @param remainingBurden the member's remaining burden B for the year; shown for a hardship grant,
 *                        empty for a condolence payment, which does not depend on it
 */
public record GrantLetterContent(LetterIssue issue, Payee payee, String grantNumber, Kind kind,
                                 int grantYear, Optional<Money> remainingBurden,
                                 List<CalculationLine> calculation, Money payable,
                                 Optional<LocalDate> expectedPaymentDate) implements LetterContent {

    private static final Pattern GRANT_NUMBER = Pattern.compile("G\\d{4}\\d{6}");

    public enum Kind {
        GRANT("困难职工帮扶金"),
        CONDOLENCE("慰问金");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public GrantLetterContent {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(payee, "payee");
        LetterText.requireMatch(GRANT_NUMBER, grantNumber, "grant number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(remainingBurden, "remainingBurden");
        if (remainingBurden.isPresent() != (kind == Kind.GRANT)) {
            throw new IllegalArgumentException("the remaining burden is stated for a hardship grant only");
        }
        calculation = List.copyOf(calculation);
        LetterText.requirePayable(payable, expectedPaymentDate);
    }

    @Override
    public String subjectNumber() {
        return grantNumber;
    }
}
