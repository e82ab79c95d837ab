package org.huzhu.domain.model.member.roster;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * A roster row that passed every rule: the member to create or update (matched by resident ID) and
 * the enrolments to make. Enrolments the member has already (an import of the same roster again) are
 * only counted.
 *
 * @param phone    null when the row has none
 * @param bankCard null when the row has none
 */
public record RosterEntry(int rowNumber, String name, ResidentId residentId, MobilePhone phone, BankCard bankCard,
                          String bankName, MemberCategory category, boolean freeCover,
                          List<NewEnrolment> enrolments, int alreadyEnrolled) {

    public RosterEntry {
        enrolments = List.copyOf(enrolments);
    }

    /** An enrolment to make, decided in full: contribution, renewal and chain start included. */
    public record NewEnrolment(PlanCode plan, long planVersionId, int shares, CoveragePeriod coverage,
                               Money contribution, Payer payer, boolean renewal, LocalDate chainStart) {
    }
}
