package org.huzhu.interfaces.roster.batch;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import org.huzhu.domain.model.member.Payee;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.member.roster.ExistingEnrolment;
import org.huzhu.domain.model.member.roster.RosterEntry;
import org.huzhu.domain.model.member.roster.RowRejected;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.infrastructure.persistence.PayeeChangeStatements;
import org.huzhu.infrastructure.roster.RejectsFile;

/** The roster import's SQL, on the caller's connection (and so, in the job, in the chunk's transaction). */
final class RosterStore {

    private static final String SYSTEM_ACTOR = "system:enrollment-import";

    private final Connection connection;

    RosterStore(Connection connection) {
        this.connection = connection;
    }

    /** What the import did so far, and the roster's header. */
    record Summary(String unitCode, long fileId, List<String> header, int membersCreated, int membersUpdated,
                   int enrolmentsCreated, int enrolmentsExisting, int rejected) {
    }

    private record Known(long id, String memberNo) {
    }

    byte[] fileContent(long fileId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT content FROM uploaded_file WHERE id = ?")) {
            select.setLong(1, fileId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no uploaded file " + fileId);
                }
                return rs.getBytes(1);
            }
        }
    }

    /** Records the run once; a restart finds it recorded. */
    void begin(long run, String unitCode, long fileId, List<String> header, String startedBy) throws SQLException {
        unitId(unitCode);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO roster_import (run, unit_code, file_id, header, started_by) VALUES (?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (run) DO NOTHING""")) {
            insert.setLong(1, run);
            insert.setString(2, unitCode);
            insert.setLong(3, fileId);
            insert.setString(4, array(header).toString());
            insert.setString(5, startedBy == null ? "system" : startedBy);
            insert.executeUpdate();
        }
    }

    /** What the roster rules ask of a person's record: their unit's code and their enrolments; both empty for someone new. */
    record OnRecordForRules(Optional<String> unitCode, List<ExistingEnrolment> enrolments) {
    }

    OnRecordForRules onRecordForRules(ResidentId member) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT u.code, e.plan_code, e.coverage_start, e.coverage_end, e.shares, e.payer
                FROM member m JOIN unit u ON u.id = m.unit_id LEFT JOIN enrollment e ON e.member_id = m.id
                WHERE m.id_number = ?""")) {
            select.setString(1, member.value());
            String unitCode = null;
            List<ExistingEnrolment> enrolments = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    unitCode = rs.getString(1);
                    if (rs.getString(2) != null) {
                        enrolments.add(new ExistingEnrolment(PlanCode.valueOf(rs.getString(2)),
                                new CoveragePeriod(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()),
                                rs.getInt(5), Payer.valueOf(rs.getString(6))));
                    }
                }
            }
            return new OnRecordForRules(Optional.ofNullable(unitCode), enrolments);
        }
    }

    /**
     * Creates the members that are new (numbers taken as one block), updates the others where the roster says
     * something new, and makes the enrolments, each kind as one JDBC batch. A person listed twice in the chunk is
     * created by their first row and updated by the later one.
     */
    void store(long run, String unitCode, List<RosterEntry> entries, IntToLongFunction memberNumbers, String actor)
            throws SQLException {
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
        int updated = update(run, toUpdate, actor);
        int enrolled = enrol(entries, members);
        audit(run, entries, members, toCreate, actor);
        try (PreparedStatement count = connection.prepareStatement("""
                UPDATE roster_import SET members_created = members_created + ?, members_updated = members_updated + ?,
                       enrolments_created = enrolments_created + ?, enrolments_existing = enrolments_existing + ?
                WHERE run = ?""")) {
            count.setInt(1, toCreate.size());
            count.setInt(2, updated);
            count.setInt(3, enrolled);
            count.setInt(4, entries.stream().mapToInt(RosterEntry::alreadyEnrolled).sum());
            count.setLong(5, run);
            count.executeUpdate();
        }
    }

    private void create(long unitId, List<RosterEntry> entries, long firstNumber) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, phone, bank_card, bank_name,
                                    category, free_cover) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            long number = firstNumber;
            for (RosterEntry entry : entries) {
                insert.setString(1, "M%08d".formatted(number++));
                insert.setLong(2, unitId);
                insert.setString(3, entry.name());
                insert.setString(4, entry.residentId().value());
                insert.setString(5, entry.residentId().gender().name());
                insert.setDate(6, Date.valueOf(entry.residentId().birthDate()));
                setMemberDetails(insert, 7, entry);
                insert.setString(10, entry.category().name());
                insert.setBoolean(11, entry.freeCover());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Updates the members the roster lists again (all of the roster's own unit: {@code RosterRules} refused the others,
     * so the unit is never written here). A new payee takes effect at once only while no money is on its way to the
     * member; else it becomes a pending request ({@link PayeeChange#route}) and the member keeps the payee they have.
     * Every payee change or request is audited before → after, masked.
     *
     * @return how many members changed: the same roster again changes nothing
     */
    private int update(long run, List<RosterEntry> entries, String actor) throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        Map<String, OnRecord> onRecord = onRecord(entries.stream().map(e -> e.residentId().value()).toList());
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE member SET name = n.name, phone = n.phone, bank_card = n.bank_card, bank_name = n.bank_name,
                                  category = n.category, free_cover = n.free_cover, version = version + 1
                FROM (SELECT m.id, ?::text AS name, coalesce(?, m.phone) AS phone, ?::text AS bank_card,
                             ?::text AS bank_name, ?::text AS category, m.free_cover OR ? AS free_cover
                      FROM member m WHERE m.id_number = ?) n
                WHERE member.id = n.id
                  AND (member.name, member.phone, member.bank_card, member.bank_name, member.category, member.free_cover)
                      IS DISTINCT FROM (n.name, n.phone, n.bank_card, n.bank_name, n.category, n.free_cover)""")) {
            for (RosterEntry entry : entries) {
                OnRecord member = onRecord.get(entry.residentId().value());
                Payee requested = member.payee().updatedBy(entry.name(),
                        entry.bankCard() == null ? null : entry.bankCard().number(), entry.bankName());
                Payee kept = switch (PayeeChange.route(member.payee(), requested, member.moneyOnItsWay())) {
                    case UNCHANGED -> member.payee();
                    case AT_ONCE -> {
                        auditMember(member.memberNo(), actor, Payee.change(member.payee(), requested) + rowNote(run, entry));
                        yield requested;
                    }
                    case SECOND_PERSON -> {
                        requestPayee(run, entry, member, requested, actor);
                        yield member.payee();
                    }
                };
                // a later row of the same person in this chunk starts from what this one left
                onRecord.put(entry.residentId().value(), member.with(kept));
                update.setString(1, kept.name());
                update.setString(2, entry.phone() == null ? null : entry.phone().number());
                update.setString(3, kept.bankCard());
                update.setString(4, kept.bankName());
                update.setString(5, entry.category().name());
                update.setBoolean(6, entry.freeCover());
                update.setString(7, entry.residentId().value());
                update.addBatch();
            }
            return Arrays.stream(update.executeBatch()).map(n -> Math.max(n, 0)).sum();
        }
    }

    /** A member as the roster finds them: their payee, and whether money is on its way to them. */
    private record OnRecord(long id, String memberNo, Payee payee, boolean moneyOnItsWay) {

        OnRecord with(Payee newPayee) {
            return new OnRecord(id, memberNo, newPayee, moneyOnItsWay);
        }
    }

    private Map<String, OnRecord> onRecord(List<String> idNumbers) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT m.id_number, m.id, m.member_no, m.name, m.bank_card, m.bank_name, "
                        + PayeeChangeStatements.MONEY_ON_ITS_WAY + " FROM member m WHERE m.id_number = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", idNumbers.toArray()));
            Map<String, OnRecord> members = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    members.put(rs.getString(1), new OnRecord(rs.getLong(2), rs.getString(3),
                            new Payee(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getBoolean(7)));
                }
            }
            return members;
        }
    }

    private void requestPayee(long run, RosterEntry entry, OnRecord member, Payee requested, String actor)
            throws SQLException {
        Optional<Long> request = insertPending(member.id(), PayeeChange.Kind.PAYEE, requested, null, run,
                entry.rowNumber(), actor);
        String change = member.memberNo() + "：" + Payee.change(member.payee(), requested) + rowNote(run, entry);
        if (request.isPresent()) {
            auditRequest(request.get(), actor, change);
        } else {
            auditMember(member.memberNo(), actor, "另有收款信息变更待确认，本行未提出新的变更：" + change);
        }
    }

    /**
     * Asks a reviewer to confirm the move of a member of another unit that this unit's roster listed ({@code
     * UNIT_MOVE}); a member with a move pending already keeps that one. In the chunk's transaction, as the reject is.
     */
    void requestUnitMove(long run, int rowNumber, ResidentId member, String unitCode, String actor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT m.id, m.member_no, u.code FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.id_number = ?")) {
            select.setString(1, member.value());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                Optional<Long> request = insertPending(rs.getLong(1), PayeeChange.Kind.UNIT, null, unitId(unitCode), run,
                        rowNumber, actor);
                if (request.isPresent()) {
                    auditRequest(request.get(), actor, rs.getString(2) + "：" + rs.getString(3) + " → " + unitCode
                            + "（名单导入 " + run + " 第 " + rowNumber + " 行）");
                }
            }
        }
    }

    private Optional<Long> insertPending(long memberId, PayeeChange.Kind kind, Payee payee, Long unitId, long run,
                                         int rowNumber, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(PayeeChangeStatements.INSERT_PENDING)) {
            insert.setLong(1, memberId);
            insert.setString(2, kind.name());
            insert.setString(3, payee == null ? null : payee.name());
            insert.setString(4, payee == null ? null : payee.bankCard());
            insert.setString(5, payee == null ? null : payee.bankName());
            insert.setObject(6, unitId);
            insert.setString(7, PayeeChange.Source.ROSTER.name());
            insert.setLong(8, run);
            insert.setInt(9, rowNumber);
            insert.setString(10, actorOrSystem(actor));
            try (ResultSet rs = insert.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private void auditRequest(long requestId, String actor, String change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_log (actor, entity_type, entity_ref, action, to_status, reason)
                VALUES (?, ?, ?, 'REQUEST', ?, ?)""")) {
            insert.setString(1, actorOrSystem(actor));
            insert.setString(2, PayeeChangeStatements.AUDIT_ENTITY);
            insert.setString(3, String.valueOf(requestId));
            insert.setString(4, PayeeChange.Status.PENDING.name());
            insert.setString(5, change);
            insert.executeUpdate();
        }
    }

    private void auditMember(String memberNo, String actor, String change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_log (actor, entity_type, entity_ref, action, reason) VALUES (?, 'MEMBER', ?, ?, ?)""")) {
            insert.setString(1, actorOrSystem(actor));
            insert.setString(2, memberNo);
            insert.setString(3, PayeeChangeStatements.PAYEE_CHANGED);
            insert.setString(4, change);
            insert.executeUpdate();
        }
    }

    private static String rowNote(long run, RosterEntry entry) {
        return "（名单导入 " + run + " 第 " + entry.rowNumber() + " 行）";
    }

    private static String actorOrSystem(String actor) {
        return actor == null ? SYSTEM_ACTOR : actor;
    }

    /** Phone, bank card and bank name from {@code first}: null where the roster has none. */
    private static void setMemberDetails(PreparedStatement statement, int first, RosterEntry entry) throws SQLException {
        statement.setString(first, entry.phone() == null ? null : entry.phone().number());
        statement.setString(first + 1, entry.bankCard() == null ? null : entry.bankCard().number());
        statement.setString(first + 2, entry.bankName());
    }

    private int enrol(List<RosterEntry> entries, Map<String, Known> members) throws SQLException {
        int count = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (RosterEntry entry : entries) {
                for (RosterEntry.NewEnrolment enrolment : entry.enrolments()) {
                    insert.setLong(1, members.get(entry.residentId().value()).id());
                    insert.setString(2, enrolment.plan().name());
                    insert.setLong(3, enrolment.planVersionId());
                    insert.setInt(4, enrolment.shares());
                    insert.setDate(5, Date.valueOf(enrolment.coverage().start()));
                    insert.setDate(6, Date.valueOf(enrolment.coverage().end()));
                    insert.setBigDecimal(7, enrolment.contribution().roundedToFen().amount());
                    insert.setString(8, enrolment.payer().name());
                    insert.setBoolean(9, enrolment.renewal());
                    insert.setDate(10, Date.valueOf(enrolment.chainStart()));
                    insert.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                insert.executeBatch();
            }
        }
        return count;
    }

    private void audit(long run, List<RosterEntry> entries, Map<String, Known> members, Map<String, RosterEntry> created,
                       String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_log (actor, entity_type, entity_ref, action, reason) VALUES (?, 'MEMBER', ?, ?, ?)""")) {
            for (RosterEntry entry : entries) {
                insert.setString(1, actorOrSystem(actor));
                insert.setString(2, members.get(entry.residentId().value()).memberNo());
                insert.setString(3, created.get(entry.residentId().value()) == entry ? "IMPORT" : "IMPORT_UPDATE");
                insert.setString(4, "enrollment-import run " + run + " row " + entry.rowNumber() + ": "
                        + entry.enrolments().stream().map(e -> e.plan().name()).toList());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Written once per row: a restart that meets the row again finds it recorded. */
    void reject(long run, RowRejected rejection) throws SQLException {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        for (Violation violation : rejection.violations()) {
            violations.add(JSON.createObjectBuilder().add("code", violation.code()).add("field", violation.field())
                    .add("messageZh", violation.messageZh()).add("messageEn", violation.messageEn()));
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO roster_reject (run, row_number, cells, violations) VALUES (?, ?, ?::jsonb, ?::jsonb)
                ON CONFLICT (run, row_number) DO NOTHING""")) {
            insert.setLong(1, run);
            insert.setInt(2, rejection.row().rowNumber());
            insert.setString(3, array(rejection.row().cells()).toString());
            insert.setString(4, violations.build().toString());
            insert.executeUpdate();
        }
    }

    Optional<Summary> summary(long run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT unit_code, file_id, header::text, members_created, members_updated, enrolments_created,
                       enrolments_existing, (SELECT count(*) FROM roster_reject r WHERE r.run = i.run)
                FROM roster_import i WHERE run = ?""")) {
            select.setLong(1, run);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Summary(rs.getString(1), rs.getLong(2), strings(json(rs.getString(3)).asJsonArray()),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            }
        }
    }

    /** The rejected rows in row order, reasons in Chinese, or in English when {@code english}. */
    List<RejectsFile.Line> rejects(long run, boolean english) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row_number, cells::text, violations::text FROM roster_reject WHERE run = ? ORDER BY row_number")) {
            select.setLong(1, run);
            List<RejectsFile.Line> lines = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<JsonObject> violations = json(rs.getString(3)).asJsonArray().getValuesAs(JsonObject.class);
                    lines.add(new RejectsFile.Line(rs.getInt(1), strings(json(rs.getString(2)).asJsonArray()),
                            violations.stream().map(v -> v.getString("code")).toList(),
                            violations.stream().map(v -> v.getString(english ? "messageEn" : "messageZh")).toList()));
                }
            }
            return lines;
        }
    }

    private long unitId(String unitCode) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM unit WHERE code = ?")) {
            select.setString(1, unitCode);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no unit " + unitCode);
                }
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Known> known(List<String> idNumbers) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id_number, id, member_no FROM member WHERE id_number = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", idNumbers.toArray()));
            Map<String, Known> known = new LinkedHashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3)));
                }
            }
            return known;
        }
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
