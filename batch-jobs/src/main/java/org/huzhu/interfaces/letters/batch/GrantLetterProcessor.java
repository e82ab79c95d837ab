package org.huzhu.interfaces.letters.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.huzhu.domain.model.letter.DecidedGrant;
import org.huzhu.domain.model.letter.PaymentDates;
import org.huzhu.domain.model.letter.UnletteredPayout;

/**
 * The grant letter of a grant's or condolence's payout: reads the payout, grant, run and member, and drafts the
 * letter.
 */
@Named("GrantLetterProcessor")
@Dependent
public class GrantLetterProcessor extends PayoutLetterProcessor {

    @Override
    protected PayoutLetter letterFor(UnletteredPayout payout, PaymentDates paymentDates) {
        DecidedGrant grant = subjects.decidedGrant(payout.payoutId());
        return new PayoutLetter(payout.payoutId(), payout.memberId(),
                grant.draft(paymentDates.expectedFor(grant.amount())));
    }
}
