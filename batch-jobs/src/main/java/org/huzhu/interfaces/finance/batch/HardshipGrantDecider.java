package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.grant.BudgetRepository;
import org.huzhu.domain.model.grant.GrantRepository.DecidedRun;
import org.huzhu.domain.model.grant.GrantRepository.YearCandidates;
import org.huzhu.domain.model.grant.GrantRepository;
import org.huzhu.domain.model.grant.GrantRunResult;
import org.huzhu.domain.model.grant.GrantTerms;
import org.huzhu.domain.model.grant.HardshipGrantCalculator;
import org.huzhu.domain.model.payout.SettlementRun;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.NumberSequences;

/**
 * Decides a hardship grant run (SPEC.md §7) with {@link HardshipGrantCalculator} and stores it: the run, its grants
 * and condolences, one payout each, and the staff lists.
 * <p>
 * The database sums each member's year ({@link GrantRepository#candidates}); only the candidates come into memory,
 * all at once, because apportioning the budget needs every grant of the run: a few hundred members per county, a few
 * ten thousand per province, a few megabytes.
 * <p>
 * Everything is written in one transaction under an advisory lock on the year, so two runs of a year never decide
 * from the same "already granted" figures, and a run either exists whole or not at all. Under the same lock the run's
 * budget is held to what is left of the year's budget, if admin set one: a run that would exceed it fails, deciding
 * nothing. A restart of a run whose
 * decision committed finds it ({@code grant_run.job_instance_id} is UNIQUE) and decides nothing again.
 */
@Named("HardshipGrantDecider")
@Dependent
public class HardshipGrantDecider extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(HardshipGrantDecider.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.YEAR)
    String year;

    @Inject
    @BatchProperty(name = JobParameters.BUDGET)
    String budget;

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @EJB
    NumberSequences numbers;

    // A batchlet runs outside any transaction: lock, read and writes are one of its own.
    @Inject
    UserTransaction transaction;

    @Inject
    GrantRepository grants;

    @Inject
    BudgetRepository budgets;

    @Override
    public String process() throws Exception {
        int grantYear = Integer.parseInt(year.strip());
        LocalDate date = JobParameters.runDate(runDate);
        long run = jobContext.getInstanceId();
        transaction.begin();
        try {
            grants.lockYear(grantYear);
            if (grants.decidedBy(run)) {
                transaction.commit();
                stepContext.setExitStatus("ALREADY_DECIDED");
                return "ALREADY_DECIDED";
            }
            // Checked again under the year's lock: what was left when the run started may have been spent since.
            Money grantBudget = budgets.of(grantYear).forRun(Optional.of(Money.parse(budget))).orElseThrow();
            YearCandidates candidates = grants.candidates(grantYear, date);
            GrantRunResult result = new HardshipGrantCalculator(GrantTerms.defaults())
                    .run(candidates.members(), grantBudget);
            int granted = result.grants().size() + result.condolences().size();
            long firstNumber = granted == 0 ? 0 : numbers.reserve(NumberSequences.Kind.GRANT, grantYear, granted);
            long runId = grants.store(new DecidedRun(grantYear, grantBudget,
                    new SettlementRun(run, jobContext.getExecutionId(), date), candidates, result, firstNumber));
            transaction.commit();
            String status = "grants=" + result.grants().size() + " grantTotal=" + result.grantTotal().toPlainString()
                    + " condolences=" + result.condolences().size() + " candidates=" + candidates.members().size();
            stepContext.setExitStatus(status);
            LOG.info(() -> "hardship grant run " + runId + " for " + grantYear + ": " + status);
            return "COMPLETED";
        } catch (Exception e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}
