package org.huzhu.infrastructure.persistence;

/**
 * The INSERT statements of a claim's rows as intake stores them: the claim, its invoices, a version and the audit
 * trail. One text for each, shared by intake ({@link JdbcClaimRepository}) and the demo county's, so that both
 * write the same columns. Row ids come from the tables' sequences beforehand, so children can name their claim.
 */
public final class ClaimRowStatements {

    /** Who the audit trail names for intake's own step: validating a claim against the rules. */
    public static final String INTAKE_ACTOR = "system:intake";

    /** A claim in its first version; {@code approved_on} only for a claim stored already approved (the demo's). */
    public static final String INSERT_CLAIM = """
            INSERT INTO claim (id, claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version,
                               cause, incident_date, admission_date, discharge_date, hospital, diagnosis_code,
                               accident_outcome, disability_grade, complexity, documents, submitted_at, due_date,
                               entered_by, reviewed_by, approved_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    public static final String INSERT_INVOICE = """
            INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid, out_of_policy,
                                       in_use) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    public static final String INSERT_VERSION = """
            INSERT INTO claim_version (claim_id, version, body, violations, submitted_by, submitted_at)
            VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?)""";

    public static final String INSERT_AUDIT = """
            INSERT INTO audit_log (at, actor, entity_type, entity_ref, action, from_status, to_status, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private ClaimRowStatements() {
    }
}
