package org.huzhu.domain.model.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of record the audit trail speaks of (its {@code entity_type}), with their Chinese names, and which of
 * them are about money: finance may read the trail of those, admin of all (docs/admin-audit-budgets.md).
 */
public enum AuditedEntity {

    /** A claim's intake, review, settlement, payment and bank return: how a payout comes about and is paid. */
    CLAIM,
    /** A request to change a member's bank card or unit, which decides where the money goes. */
    PAYEE_CHANGE,
    /** The hardship budget of a year, which bounds the grants. */
    BUDGET,
    MEMBER,
    ENROLLMENT,
    HOLIDAY,
    ACCOUNT,
    API_TOKEN;

    private static final Set<AuditedEntity> MONEY = EnumSet.of(CLAIM, PAYEE_CHANGE, BUDGET);

    public String chineseName() {
        return switch (this) {
            case CLAIM -> "理赔";
            case PAYEE_CHANGE -> "收款变更";
            case BUDGET -> "帮扶预算";
            case MEMBER -> "会员";
            case ENROLLMENT -> "参保";
            case HOLIDAY -> "节假日";
            case ACCOUNT -> "账号";
            case API_TOKEN -> "接口令牌";
        };
    }

    /** Whether finance may read its entries. */
    public boolean isMoney() {
        return MONEY.contains(this);
    }

    /** The kind of that stored name, if the trail knows it. */
    public static Optional<AuditedEntity> named(String name) {
        return Arrays.stream(values()).filter(entity -> entity.name().equals(name)).findFirst();
    }
}
