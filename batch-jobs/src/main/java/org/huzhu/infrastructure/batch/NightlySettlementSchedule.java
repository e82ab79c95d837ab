package org.huzhu.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.Conflict;
import org.huzhu.application.JobParameters;
import org.huzhu.infrastructure.HuzhuSettings;

/**
 * Starts payout-settlement every night at {@code huzhu.settlement.schedule} ("HH:mm", Asia/Shanghai; "none"
 * for no nightly run). The timer is persistent, so a night missed while the server was down is caught up when
 * it comes back; it is created once and replaced only when the setting changes.
 */
@Singleton
@Startup
@DependsOn("StaleExecutionRecovery")
@TransactionManagement(TransactionManagementType.BEAN)
public class NightlySettlementSchedule {

    private static final Logger LOG = Logger.getLogger(NightlySettlementSchedule.class.getName());
    private static final String TIMER_PREFIX = JobParameters.PAYOUT_SETTLEMENT + " at ";

    @Resource
    private TimerService timerService;

    @EJB
    private BatchJobs jobs;

    @PostConstruct
    void keepTimerInLineWithSetting() {
        Optional<LocalTime> time = HuzhuSettings.optional(HuzhuSettings.SETTLEMENT_SCHEDULE)
                .map(value -> LocalTime.parse(value, DateTimeFormatter.ofPattern("HH:mm")));
        String wanted = time.map(at -> TIMER_PREFIX + at).orElse(null);
        boolean present = false;
        for (Timer timer : timerService.getTimers()) {
            if (timer.getInfo() instanceof String info && info.startsWith(TIMER_PREFIX)) {
                if (info.equals(wanted)) {
                    present = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (time.isPresent() && !present) {
            ScheduleExpression nightly = new ScheduleExpression().hour(time.get().getHour())
                    .minute(time.get().getMinute()).second(0).timezone(JobParameters.ZONE.getId());
            timerService.createCalendarTimer(nightly, new TimerConfig(wanted, true));
            LOG.info(() -> "nightly " + JobParameters.PAYOUT_SETTLEMENT + " scheduled at " + time.get() + " "
                    + JobParameters.ZONE);
        }
    }

    @Timeout
    void startSettlement(Timer timer) {
        try {
            jobs.start(JobParameters.PAYOUT_SETTLEMENT, Map.of());
        } catch (Conflict running) {
            LOG.info(() -> "nightly " + JobParameters.PAYOUT_SETTLEMENT + " skipped: " + running.getMessage());
        }
    }
}
