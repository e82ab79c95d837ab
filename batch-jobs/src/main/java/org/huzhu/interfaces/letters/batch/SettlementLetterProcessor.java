package org.huzhu.interfaces.letters.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.huzhu.domain.model.letter.PaymentDates;
import org.huzhu.domain.model.letter.SettledPayout;
import org.huzhu.domain.model.letter.UnletteredPayout;

/** The settlement letter of a claim's payout: reads the payout, claim, member and plan, and drafts the letter. */
@Named("SettlementLetterProcessor")
@Dependent
public class SettlementLetterProcessor extends PayoutLetterProcessor {

    @Override
    protected PayoutLetter letterFor(UnletteredPayout payout, PaymentDates paymentDates) {
        SettledPayout settled = subjects.settledPayout(payout.payoutId());
        return new PayoutLetter(payout.payoutId(), payout.memberId(),
                settled.draft(paymentDates.expectedFor(settled.payable())));
    }
}
