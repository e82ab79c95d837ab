package org.huzhu.domain.model.notice;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.huzhu.domain.model.shared.MobilePhone;

/** Whom a notice goes to: the phone on record of the member an event concerns, if they have one. */
public interface Recipients {

    Optional<MobilePhone> phoneOfMember(long memberId);

    /**
     * The members paid by claim payments, for the bank's answer: by payment row id, only rows whose member has a
     * phone on record.
     */
    Map<Long, PaidMember> paidByRows(Collection<Long> paymentRowIds);

    /**
     * @param phone    the member's phone on record
     * @param subject  the plan's Chinese name
     * @param cardTail the last four digits of the card the row pays
     */
    record PaidMember(MobilePhone phone, String subject, String cardTail) {
    }
}
