package org.huzhu.application;

import java.util.List;
import org.huzhu.domain.model.notice.PostedNotice;

/**
 * The outbox as the demo and the tests look into it: what was posted to a phone, and a way to make the recording
 * SMS gateway refuse texts. Neither exists in a production configuration.
 */
public interface OutboxInspection {

    /**
     * The notices posted to a phone, newest first.
     *
     * @param phone the full number, read only after the profile is checked: in production every request is 404
     * @throws NotFound in a production configuration
     * @throws RuleViolations for text that is no mobile number
     */
    List<PostedNotice> postedTo(String phone);

    /**
     * The recorder refuses the next {@code count} texts to a phone (worth a retry).
     *
     * @throws NotFound in a production configuration
     */
    void refuseNextTexts(String phone, int count);
}
