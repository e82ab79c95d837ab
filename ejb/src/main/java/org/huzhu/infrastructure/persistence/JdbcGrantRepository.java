package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.grant.GrantPayout;
import org.huzhu.domain.model.grant.GrantRepository;
import org.huzhu.domain.model.grant.GrantRunResult;
import org.huzhu.domain.model.grant.StaffList;
import org.huzhu.domain.model.grant.StaffListEntry;
import org.huzhu.domain.model.grant.StoredGrant;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.GrantNumber;
import org.huzhu.domain.model.shared.Money;

/**
 * Grant runs in tables {@code grant_run}, {@code hardship_grant} and {@code grant_list_entry}; their payouts are
 * {@link PayoutRepository}'s. The database sums each member's year (one grouped query); the plans and kinds it
 * counts are parameters from their owners.
 */
@ApplicationScoped
public class JdbcGrantRepository extends SqlRepository implements GrantRepository {

    /** Two-key advisory lock: this constant and the year. */
    private static final int GRANT_YEAR_LOCK = 0x4752_4e54;  // "GRNT"

    private static final String CANDIDATES = """
            WITH settled AS (
                SELECT c.member_id, p.payable,
                       c.plan_code = ? OR (c.plan_code = ? AND c.accident_outcome = ?) AS burdens,
                       c.plan_code = ANY (?) AS critical_or_female,
                       (SELECT coalesce(sum(i.policy_self_paid + i.out_of_policy), 0)
                        FROM claim_invoice i WHERE i.claim_id = c.id) AS self_paid
                FROM payout p JOIN claim c ON c.id = p.claim_id
                WHERE p.kind = ?
                  AND p.settled_on BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                  AND c.plan_code = ANY (?)
            ), year_of_member AS (
                SELECT member_id,
                       coalesce(sum(self_paid) FILTER (WHERE burdens), 0) AS self_paid,
                       coalesce(sum(payable) FILTER (WHERE burdens), 0) AS mutual_aid_paid,
                       bool_or(critical_or_female) AS critical_or_female
                FROM settled WHERE burdens OR critical_or_female
                GROUP BY member_id
            )
            SELECT m.id, m.member_no, y.self_paid, y.mutual_aid_paid, y.critical_or_female,
                   coalesce((SELECT h.level FROM hardship_file h
                             WHERE h.member_id = m.id AND ? BETWEEN h.valid_from AND h.valid_to), ?),
                   coalesce((SELECT sum(g.amount) FROM hardship_grant g
                             WHERE g.member_id = m.id AND g.year = ? AND g.kind = ?), 0),
                   EXISTS (SELECT 1 FROM hardship_grant g
                           WHERE g.member_id = m.id AND g.year = ? AND g.kind = ?)
            FROM year_of_member y JOIN member m ON m.id = y.member_id""";

    JdbcGrantRepository() {
        super("hardship grants");
    }

    @Inject
    private PayoutRepository payouts;

    @Override
    public void lockYear(int year) {
        sql().list("SELECT pg_advisory_xact_lock(?, ?)", rs -> true, GRANT_YEAR_LOCK, year);
    }

    @Override
    public boolean decidedBy(long jobInstanceId) {
        return sql().one("SELECT id FROM grant_run WHERE job_instance_id = ?", rs -> rs.getLong(1), jobInstanceId)
                .isPresent();
    }

    @Override
    public YearCandidates candidates(int year, LocalDate runDate) {
        List<PlanCode> counted = new ArrayList<>(GrantCandidate.CRITICAL_OR_FEMALE_PLANS);
        counted.add(GrantCandidate.BURDEN_PLAN);
        counted.add(PlanCode.ACCIDENT);
        Map<String, Long> memberIds = new HashMap<>();
        List<GrantCandidate> members = sql().list(CANDIDATES, rs -> {
            memberIds.put(rs.getString(2), rs.getLong(1));
            return new GrantCandidate(rs.getString(2), Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4)),
                    HardshipLevel.valueOf(rs.getString(6)), Money.of(rs.getBigDecimal(7)), rs.getBoolean(8),
                    rs.getBoolean(5));
        }, GrantCandidate.BURDEN_PLAN.name(), PlanCode.ACCIDENT.name(), GrantCandidate.BURDEN_ACCIDENT_OUTCOME,
                names(GrantCandidate.CRITICAL_OR_FEMALE_PLANS), PayoutKind.CLAIM.name(), year, year, names(counted),
                runDate, HardshipLevel.NONE.name(), year, GrantKind.GRANT.name(), year, GrantKind.CONDOLENCE.name());
        return new YearCandidates(members, memberIds);
    }

    private static String[] names(Iterable<PlanCode> plans) {
        List<String> names = new ArrayList<>();
        plans.forEach(plan -> names.add(plan.name()));
        return names.toArray(String[]::new);
    }

    @Override
    public long store(DecidedRun decided) {
        GrantRunResult result = decided.result();
        Money condolenceTotal = result.condolences().stream().map(Grant::amount).reduce(Money.ZERO, Money::plus);
        long runId = sql().one("""
                INSERT INTO grant_run (year, budget, run_date, job_instance_id, job_execution_id, candidates,
                                       grant_count, grant_total, condolence_count, condolence_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                decided.year(), decided.budget().amount(), decided.run().settledOn(), decided.run().run(),
                decided.run().jobExecutionId(), decided.candidates().members().size(), result.grants().size(),
                result.grantTotal().amount(), result.condolences().size(), condolenceTotal.amount()).orElseThrow();
        Map<String, GrantCandidate> byMember = new HashMap<>();
        decided.candidates().members().forEach(candidate -> byMember.put(candidate.memberNumber(), candidate));
        Map<String, Long> memberIds = decided.candidates().memberIds();
        List<Grant> granted = new ArrayList<>(result.grants());
        granted.addAll(result.condolences());
        List<Object[]> grantRows = new ArrayList<>();
        List<GrantPayout> grantPayouts = new ArrayList<>();
        for (int i = 0; i < granted.size(); i++) {
            Grant grant = granted.get(i);
            String grantNo = new GrantNumber(decided.year(), Math.toIntExact(decided.firstGrantNumber() + i)).value();
            grantRows.add(new Object[] {grantNo, runId, memberIds.get(grant.memberNumber()), decided.year(),
                    grant.kind().name(), grant.burden().amount(), grant.unscaledAmount().amount(),
                    grant.amount().amount()});
            grantPayouts.add(new GrantPayout(grantNo, grant, byMember.get(grant.memberNumber())));
        }
        sql().batch("""
                INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden, unscaled_amount, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", grantRows);
        payouts.storeGrantPayouts(grantPayouts, decided.run());
        List<Object[]> listRows = new ArrayList<>();
        addList(listRows, runId, StaffList.FOLLOW_UP, result.followUpVisits(), byMember, memberIds);
        addList(listRows, runId, StaffList.FILE_CANDIDATE, result.hardshipFileCandidates(), byMember, memberIds);
        sql().batch("""
                INSERT INTO grant_list_entry (grant_run_id, list, member_id, burden, critical_or_female)
                VALUES (?, ?, ?, ?, ?)""", listRows);
        return runId;
    }

    private static void addList(List<Object[]> rows, long runId, StaffList list, List<String> members,
            Map<String, GrantCandidate> byMember, Map<String, Long> memberIds) {
        for (String memberNo : members) {
            GrantCandidate candidate = byMember.get(memberNo);
            rows.add(new Object[] {runId, list.name(), memberIds.get(memberNo), candidate.burden().amount(),
                    candidate.criticalOrFemaleSettled()});
        }
    }

    @Override
    public List<StoredGrant> ofYear(int year) {
        return sql().list("""
                SELECT g.grant_no, m.member_no, g.kind, g.burden, g.amount
                FROM hardship_grant g JOIN member m ON m.id = g.member_id
                WHERE g.year = ? ORDER BY g.grant_no""",
                rs -> new StoredGrant(rs.getString(1), rs.getString(2), GrantKind.valueOf(rs.getString(3)),
                        Money.of(rs.getBigDecimal(4)), Money.of(rs.getBigDecimal(5))),
                year);
    }

    @Override
    public List<StaffListEntry> list(StaffList list, int year) {
        return sql().list("""
                SELECT m.member_no, m.name, u.name, e.burden, e.critical_or_female
                FROM grant_list_entry e JOIN member m ON m.id = e.member_id JOIN unit u ON u.id = m.unit_id
                WHERE e.list = ?
                  AND e.grant_run_id = (SELECT max(id) FROM grant_run WHERE year = ?)
                ORDER BY m.member_no""",
                rs -> new StaffListEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Money.of(rs.getBigDecimal(4)), rs.getBoolean(5)),
                list.name(), year);
    }
}
