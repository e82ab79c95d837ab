package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.huzhu.application.NotFound;
import org.huzhu.application.OutboxInspection;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.notice.NoticeDeliveries;
import org.huzhu.domain.model.notice.PostedNotice;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.infrastructure.notice.NoticeSettings;
import org.huzhu.infrastructure.persistence.RecordingSmsGateway;

@Stateless
public class DefaultOutboxInspection implements OutboxInspection {

    @Inject
    private NoticeDeliveries deliveries;

    @Inject
    private RecordingSmsGateway recorder;

    @Override
    public List<PostedNotice> postedTo(String phone) {
        requireRecordingProfile();
        return deliveries.postedTo(parsed(phone));
    }

    @Override
    public void refuseNextTexts(String phone, int count) {
        requireRecordingProfile();
        recorder.refuseNext(parsed(phone), count);
    }

    /** The number, or a refusal that names the field {@code to} (400), as an application exception. */
    private static MobilePhone parsed(String phone) {
        try {
            return MobilePhone.parse(phone);
        } catch (InvalidValueException e) {
            throw new RuleViolations(List.of(e.toViolation("to")));
        }
    }

    /** In production the outbox holds members' real messages: it is not there to be read. */
    private static void requireRecordingProfile() {
        if (!NoticeSettings.recordsOnly()) {
            throw new NotFound("没有该资源", "not found");
        }
    }
}
