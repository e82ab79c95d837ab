package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.application.Budgets;
import org.huzhu.application.Conflict;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.audit.AuditedEntity;
import org.huzhu.domain.model.grant.BudgetRepository;
import org.huzhu.domain.model.grant.GrantRepository;
import org.huzhu.domain.model.grant.HardshipBudget;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.RuleConflict;

/**
 * The years' budgets. A change takes the year's grant lock first, the one a run holds while it decides: what the
 * year has granted cannot grow between the check and the commit, even for a year that had no budget row to lock.
 */
@Stateless
public class DefaultBudgets implements Budgets {

    @Inject
    private BudgetRepository budgets;

    @Inject
    private GrantRepository grants;

    @Inject
    private AuditTrail auditTrail;

    @Override
    public BudgetView of(int year) {
        return view(budgets.of(year));
    }

    @Override
    public BudgetView set(int year, Money amount, String admin) {
        grants.lockYear(year);
        HardshipBudget before = budgets.of(year);
        HardshipBudget after;
        try {
            after = before.setTo(amount);
        } catch (RuleConflict refused) {
            throw new Conflict(refused);
        }
        budgets.store(year, amount, admin);
        String was = before.amount() == null ? "-" : before.amount().toPlainString();
        auditTrail.record(new AuditEntry(Instant.now(), admin, AuditedEntity.BUDGET.name(), String.valueOf(year), "SET",
                null, null, was + " → " + amount.toPlainString()));
        return view(after);
    }

    @Override
    public Optional<Money> forRun(int year, Optional<Money> asked) {
        try {
            return budgets.of(year).forRun(asked);
        } catch (RuleConflict refused) {
            throw new Conflict(refused);
        }
    }

    private static BudgetView view(HardshipBudget budget) {
        return new BudgetView(budget.year(), budget.amount() == null ? null : budget.amount().toPlainString(),
                budget.granted().toPlainString(), budget.left().map(Money::toPlainString).orElse(null));
    }
}
