package org.huzhu.it.settlement;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.application.PayoutQuery;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Deployments;
import org.huzhu.it.support.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: {@link PayoutQuery}, which {@code GET /claims/{claimNo}} shows, reads a settled claim's
 * payable and its calculation, and knows the payment file it went out in. The job is started through
 * {@link BatchJobs} as the nightly schedule starts it.
 */
@ExtendWith(ArquillianExtension.class)
class PayoutQueryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.huzhuWith(PayoutQueryIT.class, SettlementFixtures.class, DatabaseFixtures.class,
                DatabaseFixtures.Member.class, DatabaseFixtures.Enrolment.class, TestPeople.class);
    }

    @Resource(lookup = "java:jboss/datasources/HuzhuDS")
    private DataSource dataSource;

    @EJB
    private PayoutQuery payoutQuery;

    @EJB
    private BatchJobs jobs;

    @Test
    void aSettledClaimShowsItsPayableAndHowItCameAbout() throws Exception {
        String claim;
        try (SettlementFixtures fixtures = new SettlementFixtures(dataSource.getConnection())) {
            SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("吴九", "MALE"), "INPATIENT", 2,
                    of(2026, 1, 1), true);
            claim = fixtures.stay(inpatient, of(2026, 2, 1), of(2026, 2, 8), "8000.00");
        }
        assertTrue(payoutQuery.findByClaimNo(claim).isEmpty(), "not settled yet");

        long execution = jobs.start(JobParameters.PAYOUT_SETTLEMENT, Map.of());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JobExecutionView view = jobs.execution(execution).orElseThrow();
        while (view.isRunning() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            view = jobs.execution(execution).orElseThrow();
        }
        assertEquals("COMPLETED", view.batchStatus(), view::toString);

        PayoutQuery.PayoutView payout = payoutQuery.findByClaimNo(claim).orElseThrow();
        assertEquals("7500.00", payout.payable());
        assertTrue(payout.breakdown().getFirst().startsWith("住院 2026-02-01 至 2026-02-08"), payout::toString);
        assertTrue(payout.breakdown().getLast().endsWith("应付 7,500.00 元"), payout::toString);
        assertTrue(payout.paymentFile().isPresent(), "paid in the run's payment file");
        assertTrue(payoutQuery.findByClaimNo("HZ2098999999").isEmpty());
    }
}
