package org.huzhu.domain.model.notice;

import java.util.List;

/**
 * The notices waiting to be sent. A notice is posted in the transaction of its event (a letter issued, a payment
 * answered, a claim refused), so it exists exactly when its event does; a sender delivers it afterwards, at least
 * once, and the SMS service's idempotency by message id makes that once.
 */
public interface Outbox {

    /** Keeps the notice, in the caller's transaction, for the sender. */
    void post(Notice notice);

    /**
     * Keeps many notices at once, in the caller's transaction: for events that concern many members. The outbox
     * itself writes them in one batch; this default, one by one, serves a stand-in outbox of a test.
     */
    default void postAll(List<Notice> notices) {
        notices.forEach(this::post);
    }
}
