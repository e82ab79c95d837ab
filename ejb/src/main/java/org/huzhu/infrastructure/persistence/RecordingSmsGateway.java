package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.SmsGateway;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * The SMS gateway of the demo and test profiles ({@code huzhu.sms.provider=record}): it sends nothing and records each
 * message in table {@code recorded_text} (V16), once per message id, as a service that honours the message id
 * delivers a repeat once. A test can make it refuse the next few messages to a phone, to show the sender's retries
 * (by phone, so that other tests' notices, sent meanwhile, do not use the refusals up).
 */
@ApplicationScoped
@Named(RecordingSmsGateway.PROVIDER)
public class RecordingSmsGateway extends SqlRepository implements SmsGateway {

    /** The value of {@code huzhu.sms.provider} that chooses it. */
    public static final String PROVIDER = "record";

    private final Map<MobilePhone, Integer> refusalsToCome = new ConcurrentHashMap<>();

    RecordingSmsGateway() {
        super("recorded texts");
    }

    /** The next {@code count} messages to the phone are refused as a busy service refuses them: worth a retry. */
    public void refuseNext(MobilePhone phone, int count) {
        refusalsToCome.put(phone, count);
    }

    @Override
    public void send(UUID messageId, Notice notice, String text) throws NotSent {
        // Counts down to 0 at the last refusal; the message after it removes the entry and goes through.
        if (refusalsToCome.computeIfPresent(notice.to(), (phone, left) -> left > 0 ? left - 1 : null) != null) {
            throw new NotSent("the recorder was told to refuse this message (a test of retries)", true);
        }
        sql().update("""
                INSERT INTO recorded_text (message_id, phone, text) VALUES (?, ?, ?)
                ON CONFLICT (message_id) DO UPDATE SET received = recorded_text.received + 1""",
                messageId, notice.to().number(), text);
    }
}
