package org.huzhu.interfaces.roster.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.ExistingEnrolment;
import org.huzhu.domain.model.member.roster.RosterContext;
import org.huzhu.domain.model.member.roster.RosterLayout;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.domain.model.member.roster.RosterRules;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.infrastructure.persistence.PlanVersions;

/**
 * Checks a row with {@link RosterRules}; a bad row leaves as {@link org.huzhu.domain.model.member.roster.RowRejected},
 * which the step skips and {@link RejectedRowListener} records. The import's date is the run's {@code runDate}, so a
 * restart on another day judges the rest of the roster as the first part was.
 */
@Named("RosterRowProcessor")
@Dependent
public class RosterRowProcessor implements ItemProcessor, RosterContext {

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    @BatchProperty(name = JobParameters.UNIT_CODE)
    String unitCode;

    @Inject
    StepContext stepContext;

    @EJB
    PlanVersions planVersions;

    @Inject
    RosterRepository rosters;

    private RosterRules rules;
    private final Map<String, PlanInForce> plans = new HashMap<>();
    private ResidentId lookedUp;
    private RosterRepository.OnRecord found;

    @Override
    public Object processItem(Object item) {
        if (rules == null) {
            rules = new RosterRules((RosterLayout) stepContext.getTransientUserData(), this, unitCode,
                    JobParameters.runDate(runDate));
        }
        lookedUp = null;
        return rules.check((RosterRow) item);
    }

    @Override
    public PlanInForce plan(PlanCode plan, int planYear) {
        return plans.computeIfAbsent(plan + "/" + planYear, key -> {
            PlanVersions.InForce version = planVersions.inForce(plan, planYear);
            return new PlanInForce(version.id(), version.terms());
        });
    }

    @Override
    public Optional<String> unitOf(ResidentId member) {
        return onRecord(member).unitCode();
    }

    @Override
    public List<ExistingEnrolment> enrolmentsOf(ResidentId member) {
        return onRecord(member).enrolments();
    }

    /** One query a row for both questions the rules ask about the person; forgotten at the next row. */
    private RosterRepository.OnRecord onRecord(ResidentId member) {
        if (!member.equals(lookedUp)) {
            found = rosters.onRecord(member);
            lookedUp = member;
        }
        return found;
    }
}
