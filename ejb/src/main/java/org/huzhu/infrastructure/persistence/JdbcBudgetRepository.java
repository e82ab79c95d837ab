package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.huzhu.domain.model.grant.BudgetRepository;
import org.huzhu.domain.model.grant.HardshipBudget;
import org.huzhu.domain.model.shared.Money;

/** The years' budgets in table {@code hardship_budget} (V20); what is granted is the sum of the runs' grants (V8). */
@ApplicationScoped
public class JdbcBudgetRepository extends SqlRepository implements BudgetRepository {

    private static final String BUDGET_AND_GRANTED = """
            SELECT (SELECT amount FROM hardship_budget WHERE year = ?),
                   (SELECT coalesce(sum(grant_total), 0) FROM grant_run WHERE year = ?)""";

    JdbcBudgetRepository() {
        super("hardship budgets");
    }

    @Override
    public HardshipBudget of(int year) {
        return sql().one(BUDGET_AND_GRANTED, rs -> {
            BigDecimal amount = rs.getBigDecimal(1);
            return new HardshipBudget(year, amount == null ? null : Money.of(amount), Money.of(rs.getBigDecimal(2)));
        }, year, year).orElseThrow();
    }

    @Override
    public void store(int year, Money amount, String setBy) {
        sql().update("""
                INSERT INTO hardship_budget (year, amount, set_by) VALUES (?, ?, ?)
                ON CONFLICT (year) DO UPDATE SET amount = excluded.amount, set_by = excluded.set_by, set_at = now()""",
                year, amount.amount(), setBy);
    }
}
