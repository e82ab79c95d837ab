package org.huzhu.infrastructure.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimJson;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.PasswordHash;
import org.huzhu.infrastructure.demo.CountyRecord.ClaimRecord;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.HardshipFileRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;
import org.huzhu.infrastructure.demo.CountyRecord.UnitRecord;
import org.huzhu.infrastructure.persistence.ClaimRowStatements;
import org.huzhu.infrastructure.persistence.StatementValues;

/**
 * Writes a synthetic county with JDBC batches, on a connection whose transaction the caller owns.
 * Row ids are taken from the tables' own sequences in blocks beforehand, so children can point at
 * parents still waiting in a batch; batches are sent parents first. Claims are stored as intake
 * and review store them: the claim, its invoices, version 1 with its violations, the audit
 * trail and, for an approved claim, the Beijing day of its approval. Afterwards the member and
 * claim number sequences stand past every number used here.
 */
public final class DemoCountyWriter {

    /** What was written, and the members to give accounts to. */
    public record Summary(long units, long members, long hardshipFiles, long enrolments, long claims, long invoices,
                          Money contributions, List<Claimant> claimants) {
    }

    /** A member with claims, worth signing in as. */
    public record Claimant(String memberNo, String name) {
    }

    private static final int ROWS_PER_FLUSH = 5_000;
    private static final int IDS_PER_BLOCK = 1_000;

    private final Connection connection;
    private final int claimantsWanted;
    private final Map<PlanCode, TreeMap<Integer, Long>> planVersionIds = new HashMap<>();
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final Map<String, IdBlock> ids = new HashMap<>();

    private long unitId;
    private MemberRecord member;
    private long memberId;
    private final Map<String, Long> enrolmentIds = new HashMap<>();
    private final Map<String, Claimant> claimants = new LinkedHashMap<>();
    private long units, members, hardshipFiles, enrolments, claims, invoices;
    private Money contributions = Money.ZERO;
    private long highestMemberNumber;
    private final Map<Integer, Integer> highestClaimSequence = new TreeMap<>();

    /** @param claimantsWanted how many members with claims to report in the summary, for their accounts */
    public DemoCountyWriter(Connection connection, int claimantsWanted) throws SQLException {
        this.connection = connection;
        this.claimantsWanted = claimantsWanted;
        readPlanVersions();
        // in foreign-key order: a flush sends them in this order
        prepare("unit", "INSERT INTO unit (id, code, name, uscc) VALUES (?, ?, ?, ?)");
        prepare("member", """
                INSERT INTO member (id, member_no, unit_id, name, id_number, gender, birth_date, phone, bank_card,
                                    bank_name, category, free_cover) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        prepare("hardship_file", "INSERT INTO hardship_file (member_id, level, valid_from, valid_to) VALUES (?, ?, ?, ?)");
        prepare("enrollment", """
                INSERT INTO enrollment (id, member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        prepare("claim", ClaimRowStatements.INSERT_CLAIM);
        prepare("claim_invoice", ClaimRowStatements.INSERT_INVOICE);
        prepare("claim_version", ClaimRowStatements.INSERT_VERSION);
        prepare("audit_log", ClaimRowStatements.INSERT_AUDIT);
        for (String table : List.of("unit", "member", "enrollment", "claim")) {
            ids.put(table, new IdBlock(table));
        }
    }

    public Summary write(Stream<CountyRecord> records) throws SQLException {
        for (CountyRecord record : (Iterable<CountyRecord>) records::iterator) {
            switch (record) {
                case UnitRecord unit -> unit(unit);
                case MemberRecord newMember -> member(newMember);
                case HardshipFileRecord file -> hardshipFile(file);
                case EnrolmentRecord enrolment -> enrolment(enrolment);
                case ClaimRecord claim -> claim(claim);
            }
            if (batches.values().stream().mapToInt(Batch::pending).sum() >= ROWS_PER_FLUSH) {
                flush();
            }
        }
        flush();
        advanceNumberSequences();
        for (Batch batch : batches.values()) {
            batch.statement.close();
        }
        return new Summary(units, members, hardshipFiles, enrolments, claims, invoices, contributions,
                List.copyOf(claimants.values()));
    }

    /** An account for a member, as a clerk would issue it, but with a known password and no change forced. */
    public void addMemberAccount(Claimant claimant, PasswordHash password) throws SQLException {
        try (PreparedStatement user = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, password_hash, password_salt, password_iterations,
                                      must_change_password) VALUES (?, ?, ?, ?, ?, false)""");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO app_user_role (username, role) VALUES (?, 'member')")) {
            user.setString(1, claimant.memberNo());
            user.setString(2, claimant.name());
            user.setString(3, password.hash());
            user.setString(4, password.salt());
            user.setInt(5, password.cost());
            user.executeUpdate();
            role.setString(1, claimant.memberNo());
            role.executeUpdate();
        }
    }

    private void unit(UnitRecord unit) throws SQLException {
        unitId = ids.get("unit").next();
        batch("unit").row(unitId, unit.code(), unit.name(), unit.uscc().value());
        units++;
    }

    private void member(MemberRecord newMember) throws SQLException {
        member = newMember;
        memberId = ids.get("member").next();
        enrolmentIds.clear();
        batch("member").row(memberId, member.memberNo(), unitId, member.name(), member.residentId().value(),
                member.residentId().gender().name(), member.residentId().birthDate(), member.phone().number(),
                member.bankCard().number(), member.bankName(), member.category().name(), member.freeCover());
        highestMemberNumber = Math.max(highestMemberNumber, Long.parseLong(member.memberNo().substring(1)));
        members++;
    }

    private void hardshipFile(HardshipFileRecord file) throws SQLException {
        requireCurrentMember(file.memberNo());
        batch("hardship_file").row(memberId, file.level().name(), file.valid().start(), file.valid().end());
        hardshipFiles++;
    }

    private void enrolment(EnrolmentRecord enrolment) throws SQLException {
        requireCurrentMember(enrolment.memberNo());
        long id = ids.get("enrollment").next();
        enrolmentIds.put(enrolmentKey(enrolment.plan(), enrolment.coverage().start()), id);
        batch("enrollment").row(id, memberId, enrolment.plan().name(), planVersionId(enrolment),
                enrolment.shares(), enrolment.coverage().start(), enrolment.coverage().end(),
                enrolment.contribution().roundedToFen().amount(), enrolment.payer().name(), enrolment.renewal(),
                enrolment.chainStart());
        if (enrolment.payer() != Payer.UNION) {
            contributions = contributions.plus(enrolment.contribution());
        }
        enrolments++;
    }

    private void claim(ClaimRecord claim) throws SQLException {
        ClaimDraft draft = claim.draft();
        requireCurrentMember(draft.memberNo());
        long id = ids.get("claim").next();
        String claimNo = claim.claimNumber().value();
        Long enrolmentId = enrolmentIds.get(enrolmentKey(draft.planCode(), claim.coverage().start()));
        if (enrolmentId == null) {
            throw new IllegalStateException("claim " + claimNo + " came before the enrolment it claims on");
        }
        batch("claim").row(id, claimNo, draft.memberNo(), memberId, draft.planCode().name(), enrolmentId,
                claim.status().name(), draft.cause().name(), draft.incidentDate(), draft.admissionDate(),
                draft.dischargeDate(), draft.hospital(), draft.diagnosisCode(),
                draft.accidentOutcome() == null ? null : draft.accidentOutcome().name(), draft.disabilityGrade(),
                draft.complexity().name(),
                connection.createArrayOf("varchar", draft.documents().stream().map(Enum::name).sorted().toArray()),
                claim.submittedAt(), claim.dueDate(), claim.enteredBy(), claim.reviewedBy(),
                claim.status() == ClaimStatus.APPROVED ? BusinessDate.of(claim.reviewedAt()) : null);
        for (int position = 0; position < draft.invoices().size(); position++) {
            Invoice invoice = draft.invoices().get(position);
            batch("claim_invoice").row(id, position, invoice.number(), invoice.total().amount(),
                    invoice.fundPaid().amount(), invoice.policySelfPaid().amount(), invoice.outOfPolicy().amount(),
                    claim.holdsInvoicesAndStay());
            invoices++;
        }
        batch("claim_version").row(id, 1, ClaimJson.draft(draft), ClaimJson.violations(claim.violations()),
                claim.enteredBy(), claim.submittedAt());
        ClaimStatus validated = claim.status() == ClaimStatus.REJECTED ? ClaimStatus.REJECTED : ClaimStatus.VALIDATED;
        audit(claim.submittedAt(), claim.enteredBy(), claimNo, "SUBMIT", null, ClaimStatus.SUBMITTED, null);
        audit(claim.submittedAt(), ClaimRowStatements.INTAKE_ACTOR, claimNo, "VALIDATE", ClaimStatus.SUBMITTED, validated,
                claim.violations().isEmpty() ? null
                        : String.join(",", claim.violations().stream().map(Violation::code).distinct().toList()));
        if (claim.reviewedBy() != null) {
            audit(claim.reviewedAt(), claim.reviewedBy(), claimNo,
                    claim.status() == ClaimStatus.APPROVED ? "APPROVE" : "DECLINE", validated, claim.status(),
                    claim.reviewReason());
        }
        highestClaimSequence.merge(claim.claimNumber().year(), claim.claimNumber().sequence(), Math::max);
        if (claimants.size() < claimantsWanted) {
            claimants.putIfAbsent(member.memberNo(), new Claimant(member.memberNo(), member.name()));
        }
        claims++;
    }

    private void audit(Instant at, String actor, String claimNo, String action, ClaimStatus from, ClaimStatus to,
                       String reason) throws SQLException {
        batch("audit_log").row(at, actor, "CLAIM", claimNo, action, from == null ? null : from.name(), to.name(), reason);
    }

    /** Later members and claims, entered by clerks, take the numbers after the county's. */
    private void advanceNumberSequences() throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement("""
                INSERT INTO number_sequence (kind, year, last_value) VALUES (?, ?, ?)
                ON CONFLICT (kind, year) DO UPDATE SET last_value = GREATEST(number_sequence.last_value, EXCLUDED.last_value)""")) {
            if (highestMemberNumber > 0) {
                advance.setString(1, "MEMBER");
                advance.setInt(2, 0);
                advance.setLong(3, highestMemberNumber);
                advance.addBatch();
            }
            for (Map.Entry<Integer, Integer> year : highestClaimSequence.entrySet()) {
                advance.setString(1, "CLAIM");
                advance.setInt(2, year.getKey());
                advance.setLong(3, year.getValue());
                advance.addBatch();
            }
            advance.executeBatch();
        }
    }

    private void requireCurrentMember(String memberNo) {
        if (member == null || !member.memberNo().equals(memberNo)) {
            throw new IllegalStateException("a record of member " + memberNo + " does not follow the member");
        }
    }

    private long planVersionId(EnrolmentRecord enrolment) {
        TreeMap<Integer, Long> versions = planVersionIds.get(enrolment.plan());
        Map.Entry<Integer, Long> inForce = versions.floorEntry(enrolment.coverage().start().getYear());
        return (inForce != null ? inForce : versions.firstEntry()).getValue();
    }

    private void readPlanVersions() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, plan_code, plan_year FROM plan_version")) {
            while (rs.next()) {
                planVersionIds.computeIfAbsent(PlanCode.valueOf(rs.getString(2)), plan -> new TreeMap<>())
                        .put(rs.getInt(3), rs.getLong(1));
            }
        }
    }

    private void flush() throws SQLException {
        for (Batch batch : batches.values()) {
            batch.send();
        }
    }

    private void prepare(String table, String sql) throws SQLException {
        batches.put(table, new Batch(connection.prepareStatement(sql)));
    }

    private Batch batch(String table) {
        return batches.get(table);
    }

    private static String enrolmentKey(PlanCode plan, LocalDate start) {
        return plan + "@" + start;
    }

    /** One table's statement and the rows waiting in it. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void row(Object... values) throws SQLException {
            StatementValues.bind(statement, values);
            statement.addBatch();
            pending++;
        }

        int pending() {
            return pending;
        }

        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /** Ids taken from a table's sequence a block at a time. */
    private final class IdBlock {
        private final String table;
        private final Deque<Long> free = new ArrayDeque<>();

        IdBlock(String table) {
            this.table = table;
        }

        long next() throws SQLException {
            if (free.isEmpty()) {
                try (PreparedStatement take = connection.prepareStatement(
                        "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                    take.setString(1, table);
                    take.setInt(2, IDS_PER_BLOCK);
                    try (ResultSet rs = take.executeQuery()) {
                        while (rs.next()) {
                            free.add(rs.getLong(1));
                        }
                    }
                }
            }
            return free.removeFirst();
        }
    }
}
