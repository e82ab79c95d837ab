package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.claim.Holiday;
import org.huzhu.domain.model.claim.HolidayRepository;
import org.huzhu.domain.model.claim.WorkingCalendar;

/**
 * The holidays, and the working calendar made of them. Intake needs the calendar for every claim (its 1-3-10 due
 * date), so the calendar is kept in memory and made again after an admin's change has committed. One server holds
 * it: a second server would see another's change only when it restarts (docs/decisions.md).
 */
@Singleton
@Lock(LockType.READ)
public class DefaultHolidayCalendar implements HolidayCalendar {

    @Inject
    private HolidayRepository holidays;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The calendar as last loaded (null: to be loaded), and how many changes have committed before it. */
    private record Known(long changes, WorkingCalendar calendar) {
    }

    private final AtomicReference<Known> known = new AtomicReference<>(new Known(0, null));

    @Override
    public List<Holiday> holidays(int year) {
        return holidays.inYear(year);
    }

    @Override
    public void put(Holiday holiday, String admin) {
        holidays.put(holiday);
        auditTrail.record(new AuditEntry(Instant.now(), admin, "HOLIDAY", holiday.day().toString(), "PUT", null, null,
                holiday.name()));
        // forgotten once the change is visible, so that no reader in between can keep the old days
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                known.updateAndGet(before -> new Known(before.changes() + 1, null));
            }
        });
    }

    @Override
    public WorkingCalendar workingCalendar() {
        Known before = known.get();
        if (before.calendar() != null) {
            return before.calendar();
        }
        WorkingCalendar loaded = new WorkingCalendar(holidays.days(), Set.of());
        // kept only if no change committed meanwhile: a change while loading may not be in what was read
        known.compareAndSet(before, new Known(before.changes(), loaded));
        return loaded;
    }
}
