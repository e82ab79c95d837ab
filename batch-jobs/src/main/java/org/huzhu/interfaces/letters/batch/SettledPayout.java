package org.huzhu.interfaces.letters.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.letter.CalculationLine;
import org.huzhu.domain.model.letter.KeyDate;
import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.letter.Payee;
import org.huzhu.domain.model.letter.SettlementLetterContent;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * A claim's payout as its settlement letter needs it, straight from the register: the member's ID and card as
 * stored (masked here, never printed whole) and the calculation as the calculator explained it.
 *
 * @param explanation the stored breakdown's lines; the last says what limited the payable, so a payout of 0 says why
 */
public record SettledPayout(String claimNo, String planName, int shares, Money payable, List<String> explanation,
                            LocalDate incidentDate, LocalDate admissionDate, LocalDate dischargeDate,
                            String diagnosisCode, String memberName, String residentId, String bankCard) {

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
        if (bankCard == null) {
            // Payee needs a card; the register requires one for members who claim, so this is bad data, not a case.
            throw new IllegalStateException("claim " + claimNo + ": the member has no bank card on record");
        }
        Payee payee = new Payee(memberName, ResidentId.mask(residentId), BankCard.mask(bankCard));
        List<CalculationLine> calculation = explanation.stream().map(CalculationLine::explanation).toList();
        return issue -> new SettlementLetterContent(issue, payee, claimNo, planName, shares, keyDates(), calculation,
                payable, expectedPaymentDate);
    }
}
