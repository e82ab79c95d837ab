package org.huzhu.domain.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.huzhu.domain.model.shared.RuleConflict;
import org.junit.jupiter.api.Test;

class PayeeChangeTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final Payee ON_RECORD = new Payee("张三", "6222020200112233445", "中国工商银行");
    private static final Payee NEW_CARD = ON_RECORD.updatedBy(null, "6217000000000000001", "中国建设银行");

    @Test
    void aNewPayeeWaitsForASecondPersonOnlyWhileMoneyIsOnItsWay() {
        assertEquals(PayeeChange.Route.SECOND_PERSON, PayeeChange.route(ON_RECORD, NEW_CARD, true));
        assertEquals(PayeeChange.Route.AT_ONCE, PayeeChange.route(ON_RECORD, NEW_CARD, false));
        assertEquals(PayeeChange.Route.UNCHANGED, PayeeChange.route(ON_RECORD, ON_RECORD.updatedBy(null, null, null), true),
                "blank roster cells keep what is on record");
        assertEquals(PayeeChange.Route.SECOND_PERSON,
                PayeeChange.route(ON_RECORD, ON_RECORD.updatedBy("张叁", null, null), true), "the name is the payee too");
    }

    @Test
    void theRequesterNeverDecidesAndADecisionIsFinal() {
        PayeeChange change = PayeeChange.ofPayee(7L, NEW_CARD, PayeeChange.Source.CLERK, "clerk1", AT);

        RuleConflict own = assertThrows(RuleConflict.class, () -> change.confirm("clerk1", AT, null));
        assertEquals("four-eyes", own.type());
        assertEquals(PayeeChange.Status.PENDING, change.status());
        assertNull(change.decidedBy());

        change.confirm("reviewer1", AT, "核实无误");
        assertEquals(PayeeChange.Status.CONFIRMED, change.status());
        assertEquals(NEW_CARD, change.requestedPayee());
        assertEquals("wrong-state", assertThrows(RuleConflict.class,
                () -> change.refuse("finance1", AT, "迟了")).type());
    }

    @Test
    void cardsAreOnlyEverShownMasked() {
        String change = Payee.change(ON_RECORD, NEW_CARD);
        assertEquals("张三 **** 3445 中国工商银行 → 张三 **** 0001 中国建设银行", change);
        assertFalse(PayeeChange.ofPayee(7L, NEW_CARD, PayeeChange.Source.CLERK, "clerk1", AT).toString()
                .contains("6217000000000000001"));
    }
}
