package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.PaymentReturns;
import org.huzhu.application.UploadedFiles.StoredFile;
import org.huzhu.domain.model.claim.ClaimTransitions;
import org.huzhu.domain.model.payout.FailedPayout;
import org.huzhu.domain.model.payout.PaymentRetry;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.payout.ReturnFileRepository;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.infrastructure.persistence.UploadStore;
import org.huzhu.infrastructure.persistence.UploadTable;

@Stateless
public class DefaultPaymentReturns implements PaymentReturns {

    private static final Logger LOG = Logger.getLogger(DefaultPaymentReturns.class.getName());

    @Inject
    private UploadStore uploads;

    @Inject
    private ReturnFileRepository returnFiles;

    @Inject
    private PayoutRepository payouts;

    @Inject
    private ClaimTransitions claimTransitions;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        return uploads.store(UploadTable.RETURN_FILE, fileName, content, uploadedBy);
    }

    @Override
    public Optional<ReturnFileView> find(long fileId) {
        return returnFiles.find(fileId).map(file -> new ReturnFileView(file.id(), file.fileName(), file.sizeBytes(),
                file.sha256(), file.uploadedBy(), file.uploadedAt(), file.outcome(), file.outcomeDetail(),
                file.jobExecutionId()));
    }

    @Override
    public Requeued requeue(long payoutId, String actor) {
        FailedPayout payout = payouts.forRetry(payoutId).orElseThrow(() ->
                new NotFound("没有编号为 " + payoutId + " 的理赔付款", "there is no claim payout " + payoutId));
        Optional<PaymentRetry.Refusal> refusal = payout.retryRefusal();
        if (refusal.isPresent()) {
            throw new Conflict(refusal.get().type(), refusal.get().messageZh(), refusal.get().messageEn());
        }
        String masked = BankCard.mask(payout.currentCard());
        claimTransitions.move(List.of(payout.requeue(actor, masked)));
        LOG.info(() -> "payout " + payoutId + " of claim " + payout.claimNo() + " re-queued by " + actor);
        return new Requeued(payoutId, payout.claimNo(), masked);
    }
}
