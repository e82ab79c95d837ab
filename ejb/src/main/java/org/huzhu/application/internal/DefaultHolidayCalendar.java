package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.domain.model.audit.AuditEntry;

@Stateless
public class DefaultHolidayCalendar implements HolidayCalendar {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Holiday> holidays(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT day, name FROM holiday WHERE day BETWEEN ?1 AND ?2 ORDER BY day")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .getResultList();
        return rows.stream().map(row -> new Holiday(toDate(row[0]), (String) row[1])).toList();
    }

    @Override
    public void put(Holiday holiday, String admin) {
        entityManager.createNativeQuery(
                        "INSERT INTO holiday (day, name) VALUES (?1, ?2) ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name")
                .setParameter(1, holiday.day()).setParameter(2, holiday.name()).executeUpdate();
        entityManager.persist(new AuditEntry(Instant.now(), admin, "HOLIDAY", holiday.day().toString(), "PUT", null, null,
                holiday.name()));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
