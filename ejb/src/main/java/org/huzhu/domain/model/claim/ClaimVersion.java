package org.huzhu.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.huzhu.domain.model.shared.Violation;

/** One version of a claim as it was entered, with every rule it failed then. Never changed. */
@Entity
@Table(name = "claim_version")
@IdClass(ClaimVersion.Key.class)
public class ClaimVersion {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Id
    private int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private String violations;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected ClaimVersion() {
    }

    ClaimVersion(Claim claim, int version, ClaimDraft draft, List<Violation> violations, String submittedBy, Instant at) {
        this.claimId = claim.id();
        this.version = version;
        this.body = ClaimJson.draft(draft);
        this.violations = ClaimJson.violations(violations);
        this.submittedBy = submittedBy;
        this.submittedAt = at;
    }

    public int version() {
        return version;
    }

    public String bodyJson() {
        return body;
    }

    public List<Violation> violations() {
        return ClaimJson.readViolations(violations);
    }

    public String violationsJson() {
        return violations;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The composite key (claim, version). */
    public record Key(Long claimId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
