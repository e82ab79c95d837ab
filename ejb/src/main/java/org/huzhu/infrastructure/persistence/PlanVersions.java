package org.huzhu.infrastructure.persistence;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.huzhu.domain.model.plan.ClaimWindow;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.plan.PlanVersionRepository;
import org.huzhu.domain.model.shared.Money;

/**
 * Plan versions as admin keeps them in the database. The numbers of §3 come from the
 * version; what is not a number (required documents, covered diagnoses, ages) comes from the default
 * catalogue. Intake asks for every claim, so the few versions are read once and kept: plan versions
 * change only with a migration, which comes with a redeployment (docs/decisions.md).
 */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@Local(PlanVersionRepository.class)
@LocalBean
public class PlanVersions implements PlanVersionRepository {

    private static final PlanCatalogue DEFAULTS = PlanCatalogue.defaults();

    @PersistenceContext
    private EntityManager entityManager;

    /** Each plan's versions by plan year; null until first asked for. */
    private volatile Map<PlanCode, NavigableMap<Integer, InForce>> versions;

    @Override
    public InForce inForce(PlanCode plan, int planYear) {
        NavigableMap<Integer, InForce> ofPlan = versions().get(plan);
        if (ofPlan == null) {
            throw new IllegalStateException("no version of plan " + plan + " in plan_version");
        }
        Map.Entry<Integer, InForce> inForce = ofPlan.floorEntry(planYear);
        return (inForce != null ? inForce : ofPlan.firstEntry()).getValue();
    }

    private Map<PlanCode, NavigableMap<Integer, InForce>> versions() {
        Map<PlanCode, NavigableMap<Integer, InForce>> known = versions;
        if (known == null) {
            known = read();
            versions = known;
        }
        return known;
    }

    private Map<PlanCode, NavigableMap<Integer, InForce>> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, plan_code, plan_year, contribution_per_share, max_shares, waiting_days, claim_window_days
                FROM plan_version""").getResultList();
        Map<PlanCode, NavigableMap<Integer, InForce>> read = new EnumMap<>(PlanCode.class);
        for (Object[] row : rows) {
            PlanCode plan = PlanCode.valueOf((String) row[1]);
            PlanTerms defaults = DEFAULTS.terms(plan);
            PlanTerms terms = new PlanTerms(plan, Money.of((BigDecimal) row[3]), ((Number) row[4]).intValue(),
                    defaults.eligibleAges(), defaults.womenOnly(), ((Number) row[5]).intValue(),
                    new ClaimWindow(((Number) row[6]).intValue(), defaults.claimWindow().from()),
                    defaults.requiredDocuments(), defaults.coveredDiagnoses());
            read.computeIfAbsent(plan, p -> new TreeMap<>())
                    .put(((Number) row[2]).intValue(), new InForce(((Number) row[0]).longValue(), terms));
        }
        return read;
    }
}
