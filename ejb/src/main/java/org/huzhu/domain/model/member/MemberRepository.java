package org.huzhu.domain.model.member;

import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * Units, their members, the members' enrolments and hardship files, one at a time as the clerks register them.
 * (A unit's roster writes many at once through {@link org.huzhu.domain.model.member.roster.RosterRepository}.)
 */
public interface MemberRepository {

    Optional<Unit> unit(String code);

    Optional<Unit> unit(long id);

    /** Whether a unit has this code or this credit code already. */
    boolean unitRegistered(String code, CreditCode uscc);

    void add(Unit unit);

    /** Every unit by code. */
    List<Unit> units();

    Optional<Member> byNumber(String memberNo);

    /** The member, locked until the transaction ends: a second change of them waits for this one. */
    Optional<Member> byNumberLocked(String memberNo);

    Member member(long id);

    /** Members with this phone on record, at most {@code limit} (two are enough to know it is shared). */
    List<Member> withPhone(MobilePhone phone, int limit);

    /** The member, locked until the transaction ends. */
    Member lockedMember(long id);

    boolean registered(ResidentId residentId);

    void add(Member member);

    /** Members whose number is {@code query} or whose name contains it, by number, at most {@code limit}. */
    List<Member> search(String query, int limit);

    /** A hardship file (困难职工档案) of the member for the given days. */
    void openHardshipFile(Member member, HardshipLevel level, CoveragePeriod validity);

    List<Enrollment> enrolmentsOf(Member member);

    List<Enrollment> enrolmentsOf(Member member, PlanCode plan);

    /** Adds an enrolment and gives it its id. */
    void add(Enrollment enrollment);

    /** Whether money is on its way to the member ({@link PayeeChange#CLAIMS_AWAITING_PAYOUT}, unpaid payouts). */
    boolean moneyOnItsWay(Member member);
}
