package org.huzhu.infrastructure.notice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Asks the sender to deliver once a transaction that posted notices has committed: not before, or it would find
 * nothing, and not if it rolled back. A separate bean, because the sender's own call would not be asynchronous.
 */
@ApplicationScoped
public class DeliverAfterCommit {

    @EJB
    private OutboxSender sender;

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesPosted posted) {
        sender.deliverSoon();
    }
}
