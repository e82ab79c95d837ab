package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.huzhu.domain.model.shared.Money;

/**
 * A settlement letter (理赔结算通知书) for one settled claim, including one settled with 0
 * (its calculation then says which cap was used up).
 *
 * @param planName the plan's Chinese name, e.g. 住院医疗互助保障
 */
public record SettlementLetterContent(LetterIssue issue, Payee payee, String claimNumber,
                                      String planName, int shares, List<KeyDate> keyDates,
                                      List<CalculationLine> calculation, Money payable,
                                      Optional<LocalDate> expectedPaymentDate) implements LetterContent {

    private static final Pattern CLAIM_NUMBER = Pattern.compile("HZ\\d{4}\\d{6}");

    public SettlementLetterContent {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(payee, "payee");
        LetterText.requireMatch(CLAIM_NUMBER, claimNumber, "claim number");
        LetterText.requireText(planName, "planName");
        if (shares < 1) {
            throw new IllegalArgumentException("shares must be at least 1: " + shares);
        }
        keyDates = List.copyOf(keyDates);
        calculation = List.copyOf(calculation);
        LetterText.requirePayable(payable, expectedPaymentDate);
    }

    @Override
    public String subjectNumber() {
        return claimNumber;
    }
}
