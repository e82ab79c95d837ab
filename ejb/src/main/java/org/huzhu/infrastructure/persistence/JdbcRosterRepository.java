package org.huzhu.infrastructure.persistence;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.member.MemberNumber;
import org.huzhu.domain.model.member.Payee;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.member.roster.ExistingEnrolment;
import org.huzhu.domain.model.member.roster.RosterEntry;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.member.roster.RowRejected;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/**
 * The roster import in tables {@code roster_import} and {@code roster_reject} (V6), and its bulk writes of members,
 * enrolments and payee requests: each kind of statement one JDBC batch a chunk. The connections come from the JTA data
 * source, so in the job every statement is in the chunk's transaction.
 */
@ApplicationScoped
public class JdbcRosterRepository extends SqlRepository implements RosterRepository {

    private static final String SYSTEM_ACTOR = "system:enrollment-import";
    private static final String MEMBER = "MEMBER";

    JdbcRosterRepository() {
        super("roster import");
    }

    @Inject
    private AuditTrail auditTrail;

    private record Known(long id, String memberNo) {
    }

    /** A member as the roster finds them: their payee, and whether money is on its way to them. */
    private record OnRecordForUpdate(long id, String memberNo, Payee payee, boolean moneyOnItsWay) {

        OnRecordForUpdate with(Payee newPayee) {
            return new OnRecordForUpdate(id, memberNo, newPayee, moneyOnItsWay);
        }
    }

    @Override
    public byte[] uploadedFile(long fileId) {
        return sql().one("SELECT content FROM uploaded_file WHERE id = ?", rs -> rs.getBytes(1), fileId)
                .orElseThrow(() -> new IllegalArgumentException("no uploaded file " + fileId));
    }

    @Override
    public void begin(long run, String unitCode, long fileId, List<String> header, String startedBy) {
        unitId(unitCode);
        sql().update("""
                INSERT INTO roster_import (run, unit_code, file_id, header, started_by) VALUES (?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (run) DO NOTHING""",
                run, unitCode, fileId, array(header).toString(), startedBy == null ? "system" : startedBy);
    }

    @Override
    public OnRecord onRecord(ResidentId person) {
        record Row(String unitCode, Optional<ExistingEnrolment> enrolment) {
        }
        List<Row> rows = sql().list("""
                SELECT u.code, e.plan_code, e.coverage_start, e.coverage_end, e.shares, e.payer
                FROM member m JOIN unit u ON u.id = m.unit_id LEFT JOIN enrollment e ON e.member_id = m.id
                WHERE m.id_number = ?""", rs -> new Row(rs.getString(1), rs.getString(2) == null ? Optional.empty()
                        : Optional.of(new ExistingEnrolment(PlanCode.valueOf(rs.getString(2)),
                                new CoveragePeriod(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()),
                                rs.getInt(5), Payer.valueOf(rs.getString(6))))),
                person.value());
        return new OnRecord(rows.stream().map(Row::unitCode).findFirst(),
                rows.stream().flatMap(row -> row.enrolment().stream()).toList());
    }

    /** A person listed twice in the chunk is created by their first row and updated by the later one. */
    @Override
    public void store(long run, String unitCode, List<RosterEntry> entries, IntToLongFunction memberNumbers,
                      String actor) {
        long unitId = unitId(unitCode);
        Map<String, Known> members = known(entries.stream().map(e -> e.residentId().value()).toList());
        Map<String, RosterEntry> toCreate = new LinkedHashMap<>();
        List<RosterEntry> toUpdate = new ArrayList<>();
        for (RosterEntry entry : entries) {
            String id = entry.residentId().value();
            if (members.containsKey(id) || toCreate.containsKey(id)) {
                toUpdate.add(entry);
            } else {
                toCreate.put(id, entry);
            }
        }
        if (!toCreate.isEmpty()) {
            create(unitId, List.copyOf(toCreate.values()), memberNumbers.applyAsLong(toCreate.size()));
            members.putAll(known(List.copyOf(toCreate.keySet())));
        }
        Audit audit = new Audit(actor);
        int updated = update(run, toUpdate, audit);
        int enrolled = enrol(entries, members);
        for (RosterEntry entry : entries) {
            audit.add(MEMBER, members.get(entry.residentId().value()).memberNo(),
                    toCreate.get(entry.residentId().value()) == entry ? "IMPORT" : "IMPORT_UPDATE", null,
                    "enrollment-import run " + run + " row " + entry.rowNumber() + ": "
                            + entry.enrolments().stream().map(e -> e.plan().name()).toList());
        }
        auditTrail.recordAll(audit.entries);
        sql().update("""
                UPDATE roster_import SET members_created = members_created + ?, members_updated = members_updated + ?,
                       enrolments_created = enrolments_created + ?, enrolments_existing = enrolments_existing + ?
                WHERE run = ?""", toCreate.size(), updated, enrolled,
                entries.stream().mapToInt(RosterEntry::alreadyEnrolled).sum(), run);
    }

    /** A chunk's audit entries, in the order of what they explain, all of one moment. */
    private static final class Audit {

        private final String actor;
        private final Instant at = Instant.now();
        private final List<AuditEntry> entries = new ArrayList<>();

        Audit(String actor) {
            this.actor = actorOrSystem(actor);
        }

        void add(String entityType, String ref, String action, PayeeChange.Status to, String reason) {
            entries.add(new AuditEntry(at, actor, entityType, ref, action, null, to, reason));
        }
    }

    private void create(long unitId, List<RosterEntry> entries, long firstNumber) {
        List<Object[]> rows = new ArrayList<>();
        long number = firstNumber;
        for (RosterEntry entry : entries) {
            rows.add(new Object[] {new MemberNumber(number++).value(), unitId, entry.name(), entry.residentId().value(),
                    entry.residentId().gender().name(), entry.residentId().birthDate(),
                    entry.phone() == null ? null : entry.phone().number(),
                    entry.bankCard() == null ? null : entry.bankCard().number(), entry.bankName(),
                    entry.category().name(), entry.freeCover()});
        }
        sql().batch("""
                INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, phone, bank_card, bank_name,
                                    category, free_cover) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * Updates the members the roster lists again (all of the roster's own unit: {@code RosterRules} refused the others,
     * so the unit is never written here). A new payee takes effect at once only while no money is on its way to the
     * member; else it becomes a pending request ({@link PayeeChange#route}) and the member keeps the payee they have.
     * Every payee change or request is audited before → after, masked.
     *
     * @return how many members changed: the same roster again changes nothing
     */
    private int update(long run, List<RosterEntry> entries, Audit audit) {
        if (entries.isEmpty()) {
            return 0;
        }
        Map<String, OnRecordForUpdate> onRecord = onRecordForUpdate(entries.stream().map(e -> e.residentId().value()).toList());
        List<Object[]> rows = new ArrayList<>();
        for (RosterEntry entry : entries) {
            OnRecordForUpdate member = onRecord.get(entry.residentId().value());
            Payee requested = member.payee().updatedBy(entry.name(),
                    entry.bankCard() == null ? null : entry.bankCard().number(), entry.bankName());
            Payee kept = switch (PayeeChange.route(member.payee(), requested, member.moneyOnItsWay())) {
                case UNCHANGED -> member.payee();
                case AT_ONCE -> {
                    audit.add(MEMBER, member.memberNo(), PayeeChangeStatements.PAYEE_CHANGED, null,
                            Payee.change(member.payee(), requested) + rowNote(run, entry.rowNumber()));
                    yield requested;
                }
                case SECOND_PERSON -> {
                    requestPayee(run, entry, member, requested, audit);
                    yield member.payee();
                }
            };
            // a later row of the same person in this chunk starts from what this one left
            onRecord.put(entry.residentId().value(), member.with(kept));
            rows.add(new Object[] {kept.name(), entry.phone() == null ? null : entry.phone().number(), kept.bankCard(),
                    kept.bankName(), entry.category().name(), entry.freeCover(), entry.residentId().value()});
        }
        return sql().batch("""
                UPDATE member SET name = n.name, phone = n.phone, bank_card = n.bank_card, bank_name = n.bank_name,
                                  category = n.category, free_cover = n.free_cover, version = version + 1
                FROM (SELECT m.id, ?::text AS name, coalesce(?, m.phone) AS phone, ?::text AS bank_card,
                             ?::text AS bank_name, ?::text AS category, m.free_cover OR ? AS free_cover
                      FROM member m WHERE m.id_number = ?) n
                WHERE member.id = n.id
                  AND (member.name, member.phone, member.bank_card, member.bank_name, member.category, member.free_cover)
                      IS DISTINCT FROM (n.name, n.phone, n.bank_card, n.bank_name, n.category, n.free_cover)""", rows);
    }

    private Map<String, OnRecordForUpdate> onRecordForUpdate(List<String> idNumbers) {
        Object[] moneyOnItsWay = PayeeChangeStatements.moneyOnItsWayValues();
        return byIdNumber(sql().list("SELECT m.id_number, m.id, m.member_no, m.name, m.bank_card, m.bank_name, "
                        + PayeeChangeStatements.MONEY_ON_ITS_WAY + " FROM member m WHERE m.id_number = ANY (?)",
                rs -> Map.entry(rs.getString(1), new OnRecordForUpdate(rs.getLong(2), rs.getString(3),
                        new Payee(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getBoolean(7))),
                moneyOnItsWay[0], moneyOnItsWay[1], idNumbers.toArray(String[]::new)));
    }

    private void requestPayee(long run, RosterEntry entry, OnRecordForUpdate member, Payee requested, Audit audit) {
        Optional<Long> request = insertPending(member.id(), PayeeChange.Kind.PAYEE, requested, null, run,
                entry.rowNumber(), audit.actor);
        String change = member.memberNo() + "：" + Payee.change(member.payee(), requested) + rowNote(run, entry.rowNumber());
        if (request.isPresent()) {
            auditRequest(audit, request.get(), change);
        } else {
            audit.add(MEMBER, member.memberNo(), PayeeChangeStatements.PAYEE_CHANGED, null,
                    "另有收款信息变更待确认，本行未提出新的变更：" + change);
        }
    }

    /**
     * Asks a reviewer to confirm the move ({@code UNIT_MOVE}); a member with a move pending already keeps that one.
     * In the chunk's transaction, as the reject is.
     */
    @Override
    public void requestUnitMove(long run, int rowNumber, ResidentId member, String unitCode, String actor) {
        record Listed(long id, String memberNo, String unitCode) {
        }
        Optional<Listed> listed = sql().one(
                "SELECT m.id, m.member_no, u.code FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.id_number = ?",
                rs -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3)), member.value());
        if (listed.isEmpty()) {
            return;
        }
        Audit audit = new Audit(actor);
        insertPending(listed.get().id(), PayeeChange.Kind.UNIT, null, unitId(unitCode), run, rowNumber, audit.actor)
                .ifPresent(request -> auditRequest(audit, request, listed.get().memberNo() + "：" + listed.get().unitCode()
                        + " → " + unitCode + rowNote(run, rowNumber)));
        auditTrail.recordAll(audit.entries);
    }

    private Optional<Long> insertPending(long memberId, PayeeChange.Kind kind, Payee payee, Long unitId, long run,
                                         int rowNumber, String requestedBy) {
        return sql().one(PayeeChangeStatements.INSERT_PENDING, rs -> rs.getLong(1), memberId, kind.name(),
                payee == null ? null : payee.name(), payee == null ? null : payee.bankCard(),
                payee == null ? null : payee.bankName(), unitId, PayeeChange.Source.ROSTER.name(), run, rowNumber,
                requestedBy);
    }

    private static void auditRequest(Audit audit, long requestId, String change) {
        audit.add(PayeeChangeStatements.AUDIT_ENTITY, String.valueOf(requestId), "REQUEST", PayeeChange.Status.PENDING,
                change);
    }

    private static String rowNote(long run, int rowNumber) {
        return "（名单导入 " + run + " 第 " + rowNumber + " 行）";
    }

    private static String actorOrSystem(String actor) {
        return actor == null ? SYSTEM_ACTOR : actor;
    }

    private int enrol(List<RosterEntry> entries, Map<String, Known> members) {
        List<Object[]> rows = new ArrayList<>();
        for (RosterEntry entry : entries) {
            for (RosterEntry.NewEnrolment enrolment : entry.enrolments()) {
                rows.add(new Object[] {members.get(entry.residentId().value()).id(), enrolment.plan().name(),
                        enrolment.planVersionId(), enrolment.shares(), enrolment.coverage().start(),
                        enrolment.coverage().end(), enrolment.contribution().roundedToFen().amount(),
                        enrolment.payer().name(), enrolment.renewal(), enrolment.chainStart()});
            }
        }
        sql().batch("""
                INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    @Override
    public void reject(long run, RowRejected rejection) {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        for (Violation violation : rejection.violations()) {
            violations.add(JSON.createObjectBuilder().add("code", violation.code()).add("field", violation.field())
                    .add("messageZh", violation.messageZh()).add("messageEn", violation.messageEn()));
        }
        sql().update("""
                INSERT INTO roster_reject (run, row_number, cells, violations) VALUES (?, ?, ?::jsonb, ?::jsonb)
                ON CONFLICT (run, row_number) DO NOTHING""",
                run, rejection.row().rowNumber(), array(rejection.row().cells()).toString(), violations.build().toString());
    }

    @Override
    public Optional<Summary> summary(long run) {
        return sql().one("""
                SELECT unit_code, file_id, header::text, members_created, members_updated, enrolments_created,
                       enrolments_existing, (SELECT count(*) FROM roster_reject r WHERE r.run = i.run)
                FROM roster_import i WHERE run = ?""",
                rs -> new Summary(rs.getString(1), rs.getLong(2), strings(json(rs.getString(3)).asJsonArray()),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), run);
    }

    @Override
    public List<RejectedRow> rejects(long run) {
        return sql().list(
                "SELECT row_number, cells::text, violations::text FROM roster_reject WHERE run = ? ORDER BY row_number",
                JdbcRosterRepository::rejectedRow, run);
    }

    private static RejectedRow rejectedRow(ResultSet rs) throws SQLException {
        List<Violation> violations = json(rs.getString(3)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(v -> new Violation(v.getString("code"), v.getString("field"), v.getString("messageZh"),
                        v.getString("messageEn")))
                .toList();
        return new RejectedRow(rs.getInt(1), strings(json(rs.getString(2)).asJsonArray()), violations);
    }

    private long unitId(String unitCode) {
        return sql().one("SELECT id FROM unit WHERE code = ?", rs -> rs.getLong(1), unitCode)
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
    }

    private Map<String, Known> known(List<String> idNumbers) {
        return byIdNumber(sql().list("SELECT id_number, id, member_no FROM member WHERE id_number = ANY (?)",
                rs -> Map.entry(rs.getString(1), new Known(rs.getLong(2), rs.getString(3))),
                (Object) idNumbers.toArray(String[]::new)));
    }

    /** Members by their ID number, in the order the query found them; the caller adds to the map. */
    private static <T> Map<String, T> byIdNumber(List<Map.Entry<String, T>> rows) {
        Map<String, T> members = new LinkedHashMap<>();
        rows.forEach(row -> members.put(row.getKey(), row.getValue()));
        return members;
    }

    private static JsonArray array(List<String> cells) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        cells.forEach(array::add);
        return array.build();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonValue json(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
