package org.huzhu.domain.model.notice;

import java.util.UUID;

/**
 * A notice the sender has claimed for one try.
 *
 * @param outboxId  its row in the outbox
 * @param messageId what the SMS service sees, the same on every try
 * @param notice    the notice, as posted
 * @param text      its text as posted, sign included
 * @param attempt   the number of this try, 1 for the first
 */
public record DueNotice(long outboxId, UUID messageId, Notice notice, String text, int attempt) {
}
