package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.shared.Money;

/**
 * A claim's payout as its settlement letter needs it, straight from the register: the payee as stored and the
 * calculation as the calculator explained it.
 *
 * @param explanation the stored breakdown's lines; the last says what limited the payable, so a payout of 0 says why
 */
public record SettledPayout(String claimNo, String planName, int shares, Money payable, List<String> explanation,
                            LocalDate incidentDate, LocalDate admissionDate, LocalDate dischargeDate,
                            String diagnosisCode, PayeeOnRecord payee) {

    public SettledPayout {
        explanation = List.copyOf(explanation);
    }

    /** The dates the calculation depended on: the stay, else the diagnosis, else the incident. */
    public List<KeyDate> keyDates() {
        List<KeyDate> dates = new ArrayList<>();
        if (admissionDate != null) {
            dates.add(new KeyDate("入院日期", admissionDate));
            if (dischargeDate != null) {
                dates.add(new KeyDate("出院日期", dischargeDate));
            }
        } else {
            dates.add(new KeyDate(diagnosisCode != null ? "确诊日期" : "出险日期", incidentDate));
        }
        return dates;
    }

    public LetterDraft draft(Optional<LocalDate> expectedPaymentDate) {
        Payee masked = payee.masked(claimNo);
        List<CalculationLine> calculation = explanation.stream().map(CalculationLine::explanation).toList();
        return issue -> new SettlementLetterContent(issue, masked, claimNo, planName, shares, keyDates(), calculation,
                payable, expectedPaymentDate);
    }
}
