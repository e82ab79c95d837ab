package org.huzhu.infrastructure.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/**
 * One row-to-be of a synthetic county. A county streams its records parents first: a unit, then
 * each of its members followed by the member's hardship files, enrolments and claims.
 */
public sealed interface CountyRecord {

    record UnitRecord(String code, String name, CreditCode uscc) implements CountyRecord {
    }

    record MemberRecord(String memberNo, String unitCode, String name, ResidentId residentId, MobilePhone phone,
                        BankCard bankCard, String bankName, MemberCategory category, boolean freeCover)
            implements CountyRecord {
    }

    record HardshipFileRecord(String memberNo, HardshipLevel level, CoveragePeriod valid) implements CountyRecord {
    }

    record EnrolmentRecord(String memberNo, PlanCode plan, int shares, CoveragePeriod coverage, Money contribution,
                           Payer payer, boolean renewal, LocalDate chainStart) implements CountyRecord {
    }

    /**
     * A claim as intake stored it, and where review has taken it since.
     *
     * @param violations      what {@code ClaimRuleSet.check} reported on submission; empty unless REJECTED
     * @param coverage        the coverage of the member's enrolment in the plan that covers the incident
     * @param reviewedBy      the reviewer of an APPROVED or DECLINED claim, else null
     * @param reviewReason    why it was declined (or a note on approval), else null
     */
    record ClaimRecord(ClaimNumber claimNumber, ClaimDraft draft, ClaimStatus status, List<Violation> violations,
                       CoveragePeriod coverage, Instant submittedAt, LocalDate dueDate, String enteredBy,
                       String reviewedBy, Instant reviewedAt, String reviewReason) implements CountyRecord {

        public ClaimRecord {
            Objects.requireNonNull(claimNumber, "claimNumber");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(coverage, "coverage");
            violations = List.copyOf(violations);
            if (violations.isEmpty() == (status == ClaimStatus.REJECTED)) {
                throw new IllegalArgumentException(claimNumber + ": a claim is REJECTED exactly when it broke a rule");
            }
        }

        /** Whether it still holds its invoice numbers and stay against other claims (V08, V12). */
        public boolean holdsInvoicesAndStay() {
            return status.holdsInvoicesAndStay();
        }
    }
}
