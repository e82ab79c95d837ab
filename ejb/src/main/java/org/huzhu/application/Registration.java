package org.huzhu.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;

/** Units, members and their enrolments, as clerks register them (SPEC.md §3). */
public interface Registration {

    record UnitView(String code, String name, String uscc) {
    }

    record PlanView(String code, String name, int maxShares, String contributionPerShare) {
    }

    record NewMember(String unitCode, String name, ResidentId residentId, MobilePhone phone, BankCard bankCard,
                     String bankName, MemberCategory category, HardshipLevel hardship, boolean freeCover) {
    }

    /** A registered member, with the password of their account shown this once. */
    record RegisteredMember(String memberNo, String gender, LocalDate birthDate, String initialPassword) {

        /** Never the password: a record's toString ends up in logs and exception messages. */
        @Override
        public String toString() {
            return "RegisteredMember[memberNo=" + memberNo + ", gender=" + gender + ", birthDate=" + birthDate
                    + ", initialPassword=(hidden)]";
        }
    }

    record NewEnrollment(String memberNo, PlanCode plan, int shares, CoveragePeriod coverage, Payer payer) {
    }

    record Enrolled(long enrollmentId, boolean renewal) {
    }

    record EnrollmentView(long enrollmentId, String planCode, int shares, LocalDate coverageStart, LocalDate coverageEnd,
                          String payer, boolean renewal, boolean ended) {
    }

    /** A member as staff see them: ID and card masked. */
    record MemberView(String memberNo, String name, String maskedId, String gender, LocalDate birthDate, String unitCode,
                      String phone, String maskedCard, String bankName, String category, List<EnrollmentView> enrollments) {
    }

    record MemberSummary(String memberNo, String name, String maskedId, String unitCode) {
    }

    UnitView registerUnit(String code, String name, CreditCode uscc);

    List<UnitView> units();

    List<PlanView> plans();

    RegisteredMember registerMember(NewMember member, String clerk);

    Enrolled enrol(NewEnrollment enrollment, String clerk);

    Optional<MemberView> member(String memberNo);

    List<MemberSummary> searchMembers(String query);
}
