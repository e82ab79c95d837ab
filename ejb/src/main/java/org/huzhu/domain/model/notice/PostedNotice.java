package org.huzhu.domain.model.notice;

import java.time.Instant;

/**
 * A notice in the outbox as the demo's and the tests' list shows it.
 *
 * @param to        the phone it goes to
 * @param text      the message, sign included
 * @param createdAt when its event posted it
 * @param status    PENDING, SENT or FAILED
 */
public record PostedNotice(String to, String text, Instant createdAt, String status) {
}
