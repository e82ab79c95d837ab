package org.huzhu.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.huzhu.domain.model.plan.ClaimWindow;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.Money;

/**
 * Plan versions as admin keeps them in the database: the version in force for a plan year is the
 * newest one from that year or before. The numbers of §3 come from the version; what is not a
 * number (required documents, covered diagnoses, ages) comes from the default catalogue.
 */
@Stateless
public class PlanVersions {

    private static final PlanCatalogue DEFAULTS = PlanCatalogue.defaults();

    @PersistenceContext
    private EntityManager entityManager;

    /** A plan version's id and its terms. */
    public record InForce(long id, PlanTerms terms) {
    }

    public InForce inForce(PlanCode plan, int planYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, contribution_per_share, max_shares, waiting_days, claim_window_days
                FROM plan_version WHERE plan_code = ?1
                ORDER BY (plan_year <= ?2) DESC, CASE WHEN plan_year <= ?2 THEN -plan_year ELSE plan_year END
                LIMIT 1""")
                .setParameter(1, plan.name())
                .setParameter(2, planYear)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no version of plan " + plan + " in plan_version");
        }
        Object[] row = rows.get(0);
        PlanTerms defaults = DEFAULTS.terms(plan);
        PlanTerms terms = new PlanTerms(plan, Money.of((BigDecimal) row[1]), ((Number) row[2]).intValue(),
                defaults.eligibleAges(), defaults.womenOnly(), ((Number) row[3]).intValue(),
                new ClaimWindow(((Number) row[4]).intValue(), defaults.claimWindow().from()),
                defaults.requiredDocuments(), defaults.coveredDiagnoses());
        return new InForce(((Number) row[0]).longValue(), terms);
    }
}
