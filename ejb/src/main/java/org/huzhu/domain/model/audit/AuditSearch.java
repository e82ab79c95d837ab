package org.huzhu.domain.model.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.InvalidValueException;

/**
 * One page of the audit trail that someone asks for: every filter given must hold (AND); an empty set of entities
 * means any. Days are Beijing days, both ends included whole. Pages count from 1 and hold at most
 * {@value #MAX_SIZE} entries, so that no question reads the whole log.
 *
 * @param entities the kinds of record to look at; empty for any
 * @param ref      the record's reference (claim number, member number, username …), exactly; null for any
 * @param actor    who did it, exactly; null for anyone
 * @param from     the first day, null for no lower bound
 * @param to       the last day, null for no upper bound
 */
public record AuditSearch(Set<AuditedEntity> entities, String ref, String actor, LocalDate from, LocalDate to,
                          int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    public AuditSearch {
        entities = entities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(entities));
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidValueException("AUDIT_PAGE", "页码应在 1 到 " + MAX_PAGE + " 之间",
                    "page must be from 1 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("AUDIT_PAGE_SIZE", "每页条数应在 1 到 " + MAX_SIZE + " 之间",
                    "size must be from 1 to " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("AUDIT_PERIOD", "起始日期不能晚于截止日期", "from must not be after to");
        }
    }

    /** The same question held to the entities about money: all of them when none was named. */
    public AuditSearch ofMoneyOnly() {
        Set<AuditedEntity> money = EnumSet.noneOf(AuditedEntity.class);
        Arrays.stream(AuditedEntity.values()).filter(AuditedEntity::isMoney).forEach(money::add);
        if (!entities.isEmpty()) {
            money.retainAll(entities);
        }
        return new AuditSearch(money, ref, actor, from, to, page, size);
    }

    /** Whether it names a kind of record that is not about money. */
    public boolean namesOtherThanMoney() {
        return entities.stream().anyMatch(entity -> !entity.isMoney());
    }

    /** The first instant of the first day in Beijing, or null. */
    public Instant notBefore() {
        return from == null ? null : from.atStartOfDay(BusinessDate.ZONE).toInstant();
    }

    /** The first instant after the last day in Beijing, or null. */
    public Instant before() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BusinessDate.ZONE).toInstant();
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
