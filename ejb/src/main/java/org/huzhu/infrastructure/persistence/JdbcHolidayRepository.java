package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.claim.Holiday;
import org.huzhu.domain.model.claim.HolidayRepository;

/** The holiday calendar in table {@code holiday}, one row per day. */
@ApplicationScoped
public class JdbcHolidayRepository extends SqlRepository implements HolidayRepository {

    public JdbcHolidayRepository() {
        super("holiday calendar");
    }

    @Override
    public List<Holiday> inYear(int year) {
        return sql().list("SELECT day, name FROM holiday WHERE day BETWEEN ? AND ? ORDER BY day",
                rs -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public void put(Holiday holiday) {
        sql().update("INSERT INTO holiday (day, name) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name",
                holiday.day(), holiday.name());
    }

    @Override
    public Set<LocalDate> days() {
        return new HashSet<>(sql().list("SELECT day FROM holiday", rs -> rs.getObject(1, LocalDate.class)));
    }
}
