package org.huzhu.domain.model.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.RuleConflict;
import org.junit.jupiter.api.Test;

class HardshipBudgetTest {

    private static final HardshipBudget SET = new HardshipBudget(2026, Money.yuan(60_000), Money.yuan(45_000));
    private static final HardshipBudget NONE = new HardshipBudget(2026, null, Money.yuan(3_000));

    @Test
    void whatIsLeftIsTheBudgetLessWhatIsGranted() {
        assertEquals(Optional.of(Money.yuan(15_000)), SET.left());
        assertEquals(Optional.empty(), NONE.left(), "no budget set, nothing to hold runs to");
    }

    @Test
    void aBudgetIsRaisedOrLoweredButNeverBelowWhatIsGranted() {
        assertEquals(Optional.of(Money.yuan(20_000)), SET.setTo(Money.yuan(65_000)).left());
        assertEquals(Optional.of(Money.ZERO), SET.setTo(Money.yuan(45_000)).left(), "down to exactly the granted");
        RuleConflict refused = assertThrows(RuleConflict.class, () -> SET.setTo(Money.yuan(44_999)));
        assertEquals("budget-below-granted", refused.type());
        assertEquals(Money.yuan(3_000), NONE.setTo(Money.yuan(3_000)).amount(), "a first budget is held to it too");
        assertThrows(RuleConflict.class, () -> NONE.setTo(Money.yuan(2_999)));
    }

    @Test
    void aBudgetIsWholeYuanAndNotNegative() {
        assertThrows(InvalidValueException.class, () -> SET.setTo(Money.parse("60000.50")));
        assertThrows(InvalidValueException.class, () -> SET.setTo(Money.parse("-1.00")));
    }

    @Test
    void aRunTakesWhatIsLeftByDefaultAndNeverMore() {
        assertEquals(Optional.of(Money.yuan(15_000)), SET.forRun(Optional.empty()));
        assertEquals(Optional.of(Money.yuan(10_000)), SET.forRun(Optional.of(Money.yuan(10_000))));
        assertEquals(Optional.of(Money.yuan(15_000)), SET.forRun(Optional.of(Money.yuan(15_000))), "all that is left");
        assertEquals("budget-exceeded",
                assertThrows(RuleConflict.class, () -> SET.forRun(Optional.of(Money.yuan(15_001)))).type());
    }

    @Test
    void aYearWithoutABudgetRunsOnWhatFinanceTypes() {
        assertEquals(Optional.of(Money.yuan(99_000)), NONE.forRun(Optional.of(Money.yuan(99_000))));
        assertEquals(Optional.empty(), NONE.forRun(Optional.empty()), "and on nothing when they type nothing");
    }
}
