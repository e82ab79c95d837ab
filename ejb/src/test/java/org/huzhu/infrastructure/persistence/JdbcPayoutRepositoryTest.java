package org.huzhu.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbcPayoutRepositoryTest {

    @Test
    void approvedClaimsComeInTheSettlementOrderOfTheDomain() {
        assertTrue(JdbcPayoutRepository.APPROVED_CLAIMS.endsWith(
                "\nORDER BY c.member_id, c.plan_code, e.coverage_start, c.incident_date, c.claim_no"),
                JdbcPayoutRepository.APPROVED_CLAIMS);
    }
}
