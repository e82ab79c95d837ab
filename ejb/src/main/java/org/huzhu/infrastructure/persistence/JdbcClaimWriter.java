package org.huzhu.infrastructure.persistence;

import static org.huzhu.infrastructure.persistence.StatementValues.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimInvoice;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.claim.Invoice;

/**
 * Stores what intake decided about a claim, in plain JDBC on the caller's connection (so in its transaction): a new
 * claim with its invoices, a version, audit entries. The rows are those the entities map to; writing them without the
 * ORM took intake's most expensive step off its hot path (docs/benchmarks.md). A refused row (an invoice number that
 * another claim took meanwhile) fails with the driver's {@link SQLException}, its constraint named.
 */
public final class JdbcClaimWriter {

    private final Connection connection;

    public JdbcClaimWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts a claim in its first version and its invoices; returns the claim's new id. */
    public long insertNew(Claim claim) throws SQLException {
        long id = nextClaimId();
        try (PreparedStatement insert = connection.prepareStatement(ClaimRowStatements.INSERT_CLAIM)) {
            bind(insert, id, claim.claimNo(), claim.memberNo(), claim.memberId(), claim.planCode().name(),
                    claim.enrollmentId(), claim.status().name(), claim.cause().name(), claim.incidentDate(),
                    claim.admissionDate(), claim.dischargeDate(), claim.hospital(), claim.diagnosisCode(),
                    name(claim.accidentOutcome()), claim.disabilityGrade(), claim.complexity().name(),
                    connection.createArrayOf("varchar", claim.documentCodes().toArray()), claim.submittedAt(),
                    claim.dueDate(), claim.enteredBy(), claim.reviewedBy(), claim.approvedOn());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(ClaimRowStatements.INSERT_INVOICE)) {
            for (ClaimInvoice stored : claim.invoices()) {
                Invoice invoice = stored.toInvoice();
                bind(insert, id, stored.position(), invoice.number(), invoice.total().amount(),
                        invoice.fundPaid().amount(), invoice.policySelfPaid().amount(), invoice.outOfPolicy().amount(),
                        stored.inUse());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    public void insertVersion(long claimId, ClaimVersion version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ClaimRowStatements.INSERT_VERSION)) {
            bind(insert, claimId, version.version(), version.bodyJson(), version.violationsJson(),
                    version.submittedBy(), version.submittedAt());
            insert.executeUpdate();
        }
    }

    public void insertAudit(List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ClaimRowStatements.INSERT_AUDIT)) {
            for (AuditEntry entry : entries) {
                bind(insert, entry.at(), entry.actor(), entry.entityType(), entry.entityRef(), entry.action(),
                        entry.fromStatus(), entry.toStatus(), entry.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private long nextClaimId() throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval(pg_get_serial_sequence('claim', 'id'))");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
