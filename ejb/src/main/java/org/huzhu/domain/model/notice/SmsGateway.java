package org.huzhu.domain.model.notice;

import java.util.UUID;

/**
 * Hands one text message to an SMS service: in production a real service's HTTP API, in the demo and test profiles a
 * recorder. The outbox's sender calls it at least once per notice; the message id goes with every try, so that the
 * service (or the recorder) can tell a repeat from a new message.
 */
public interface SmsGateway {

    /**
     * @param messageId the outbox's id for this message, the same on every try
     * @param text      the message as the member reads it ({@link Notice#text(String)})
     * @throws NotSent when the service did not take the message; {@link NotSent#worthRetrying()} says whether a
     *                 later try may succeed
     */
    void send(UUID messageId, Notice notice, String text) throws NotSent;

    /** The SMS service did not take a message. */
    final class NotSent extends Exception {

        private static final long serialVersionUID = 1L;

        private final boolean worthRetrying;

        public NotSent(String detail, boolean worthRetrying) {
            super(detail);
            this.worthRetrying = worthRetrying;
        }

        public NotSent(String detail, Throwable cause) {
            super(detail, cause);
            this.worthRetrying = true;
        }

        /** False for what no repeat can change (a number the service refuses, a template it does not know). */
        public boolean worthRetrying() {
            return worthRetrying;
        }
    }
}
