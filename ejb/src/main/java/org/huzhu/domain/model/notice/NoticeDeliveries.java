package org.huzhu.domain.model.notice;

import java.time.Duration;
import java.util.List;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * The outbox as its sender sees it: notices claimed for a try, and what came of each try. A claim is a lease: the
 * claimed notices are not due again until it runs out, so two senders never try one notice at the same time, and a
 * notice whose sender died is tried again once its lease has run out.
 */
public interface NoticeDeliveries {

    /**
     * Claims at most {@code limit} due notices, oldest due first, skipping those another sender is claiming, and
     * counts the try: each is not due again before {@code lease} has passed.
     */
    List<DueNotice> claimDue(int limit, Duration lease);

    /** Records each try and moves its notice to SENT, to its next try, or to FAILED. */
    void record(List<DeliveryAttempt> attempts);

    /** The notices posted to a phone, newest first. */
    List<PostedNotice> postedTo(MobilePhone phone);
}
