package org.huzhu.domain.model.payout;

/** Approved claims streamed in settlement order, never all in memory; closing it releases what it holds. */
public interface ApprovedClaims extends AutoCloseable {

    /** @return the next claim, or null after the last */
    ApprovedClaim next();

    @Override
    void close();
}
