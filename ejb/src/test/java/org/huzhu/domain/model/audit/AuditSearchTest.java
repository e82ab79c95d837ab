package org.huzhu.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AuditSearchTest {

    private static AuditSearch of(Set<AuditedEntity> entities) {
        return new AuditSearch(entities, null, null, null, null, 1, AuditSearch.DEFAULT_SIZE);
    }

    @Test
    void financeAskingForNothingInParticularIsHeldToTheMoneyEntities() {
        assertEquals(Set.of(AuditedEntity.CLAIM, AuditedEntity.PAYEE_CHANGE, AuditedEntity.BUDGET),
                of(Set.of()).ofMoneyOnly().entities());
        assertEquals(Set.of(AuditedEntity.CLAIM),
                of(Set.of(AuditedEntity.CLAIM, AuditedEntity.ACCOUNT)).ofMoneyOnly().entities());
    }

    @Test
    void aSearchNamingAnAccountOrHolidayIsNotAboutMoney() {
        assertTrue(of(Set.of(AuditedEntity.ACCOUNT)).namesOtherThanMoney());
        assertTrue(of(Set.of(AuditedEntity.HOLIDAY, AuditedEntity.CLAIM)).namesOtherThanMoney());
        assertFalse(of(Set.of(AuditedEntity.BUDGET)).namesOtherThanMoney());
        assertFalse(of(Set.of()).namesOtherThanMoney(), "no entity named: the caller's rights decide");
    }

    @Test
    void daysAreWholeBeijingDays() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        AuditSearch search = new AuditSearch(Set.of(), null, null, day, day, 1, 10);
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), search.notBefore());
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), search.before(), "the last day is included whole");
        assertNull(of(Set.of()).notBefore());
        assertNull(of(Set.of()).before());
    }

    @Test
    void pagesAreBoundedAndCountFromOne() {
        assertEquals(0, new AuditSearch(Set.of(), null, null, null, null, 1, 200).offset());
        assertEquals(400, new AuditSearch(Set.of(), null, null, null, null, 3, 200).offset());
        assertEquals("AUDIT_PAGE_SIZE", assertThrows(InvalidValueException.class,
                () -> new AuditSearch(Set.of(), null, null, null, null, 1, AuditSearch.MAX_SIZE + 1)).code());
        assertEquals("AUDIT_PAGE", assertThrows(InvalidValueException.class,
                () -> new AuditSearch(Set.of(), null, null, null, null, 0, 10)).code());
        assertEquals("AUDIT_PERIOD", assertThrows(InvalidValueException.class, () -> new AuditSearch(Set.of(), null,
                null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), 1, 10)).code());
    }
}
