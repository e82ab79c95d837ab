package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.huzhu.application.PayoutQuery;
import org.huzhu.domain.model.payout.PayoutRepository;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPayoutQuery implements PayoutQuery {

    @Inject
    private PayoutRepository payouts;

    @Override
    public Optional<PayoutView> findByClaimNo(String claimNo) {
        return payouts.ofClaim(claimNo).map(payout -> new PayoutView(claimNo, payout.payable().toPlainString(),
                payout.explanation(), payout.settledAt(), payout.paymentFileId()));
    }
}
