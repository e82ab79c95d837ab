package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.Registration;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.member.Enrollment;
import org.huzhu.domain.model.member.EnrolmentPolicy;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.Member;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.MemberNumber;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.member.Unit;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.InitialPassword;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.persistence.NumberSequences;
import org.huzhu.infrastructure.persistence.PlanVersions;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

@Stateless
public class DefaultRegistration implements Registration {

    private static final Logger LOG = Logger.getLogger(DefaultRegistration.class.getName());
    /** New-form workers given free cover get one share of each, paid by the union (SPEC.md §3). */
    private static final List<PlanCode> FREE_COVER_PLANS = List.of(PlanCode.ACCIDENT, PlanCode.CRITICAL);
    private static final int SEARCH_LIMIT = 100;

    @Inject
    private MemberRepository members;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private NumberSequences numberSequences;

    @EJB
    private PlanVersions planVersions;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Override
    public UnitView registerUnit(String code, String name, CreditCode uscc) {
        if (members.unitRegistered(code, uscc)) {
            throw new Conflict("duplicate-unit", "单位编码或统一社会信用代码已登记", "the unit code or credit code is registered already");
        }
        Unit unit = new Unit(code, name, uscc);
        members.add(unit);
        return view(unit);
    }

    @Override
    public List<UnitView> units() {
        return members.units().stream()
                .map(DefaultRegistration::view).toList();
    }

    @Override
    public List<PlanView> plans() {
        int year = BusinessDate.today().getYear();
        return EnumSet.allOf(PlanCode.class).stream()
                .map(plan -> planVersions.inForce(plan, year).terms())
                .map(terms -> new PlanView(terms.plan().name(), terms.plan().chineseName(), terms.maxShares(),
                        terms.contributionPerShare().roundedToFen().toPlainString()))
                .toList();
    }

    @Override
    public RegisteredMember registerMember(NewMember request, String clerk) {
        Unit unit = unit(request.unitCode());
        if (members.registered(request.residentId())) {
            throw new Conflict("duplicate-member", "身份证号为 " + request.residentId().masked() + " 的会员已登记",
                    "a member with ID " + request.residentId().masked() + " is registered already");
        }
        String memberNo = new MemberNumber(numberSequences.next(NumberSequences.Kind.MEMBER, 0)).value();
        boolean freeCover = request.freeCover() && request.category() == MemberCategory.NEW_FORM;
        Member member = new Member(memberNo, unit, request.name(), request.residentId(), request.phone(),
                request.bankCard(), request.bankName(), request.category(), freeCover);
        members.add(member);
        if (request.hardship() != null && request.hardship() != HardshipLevel.NONE) {
            openHardshipFile(member, request.hardship());
        }
        String password = InitialPassword.generate();
        accounts.add(new UserAccount(memberNo, request.name(), passwordHasher.hash(password.toCharArray()),
                EnumSet.of(Role.MEMBER), true));
        audit(clerk, "MEMBER", memberNo, "REGISTER", null);
        if (freeCover) {
            CoveragePeriod year = aYearFromToday();
            FREE_COVER_PLANS.forEach(plan -> enrol(member, new NewEnrollment(memberNo, plan, 1, year, Payer.UNION), clerk));
        }
        LOG.info(() -> "member " + memberNo + " registered (ID " + request.residentId().masked() + ")");
        return new RegisteredMember(memberNo, member.gender().name(), member.birthDate(), password);
    }

    @Override
    public Enrolled enrol(NewEnrollment request, String clerk) {
        Member member = members.byNumber(request.memberNo())
                .orElseThrow(() -> new RuleViolations(List.of(new Violation("V02", "memberNo",
                        "会员编号 " + request.memberNo() + " 不存在", "no member " + request.memberNo()))));
        return enrol(member, request, clerk);
    }

    private Enrolled enrol(Member member, NewEnrollment request, String clerk) {
        PlanVersions.InForce version = planVersions.inForce(request.plan(), request.coverage().start().getYear());
        List<CoveragePeriod> earlier = members.enrolmentsOf(member, request.plan()).stream()
                .map(Enrollment::coverage).toList();
        List<Violation> violations = EnrolmentPolicy.check(version.terms(), member.residentId(), request.shares(),
                request.coverage(), earlier);
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        List<CoveragePeriod> before = earlier.stream().filter(p -> p.end().isBefore(request.coverage().start())).toList();
        boolean renewal = EnrolmentPolicy.isRenewal(before, request.coverage());
        Enrollment enrollment = new Enrollment(member, request.plan(), version.id(), request.shares(), request.coverage(),
                version.terms().contributionPerShare().times(request.shares()), request.payer(), renewal,
                EnrolmentPolicy.chainStart(before, request.coverage()));
        members.add(enrollment);
        audit(clerk, "ENROLLMENT", String.valueOf(enrollment.id()), "ENROL", member.memberNo() + " " + request.plan());
        return new Enrolled(enrollment.id(), renewal);
    }

    @Override
    public Optional<MemberView> member(String memberNo) {
        return members.byNumber(memberNo).map(member -> {
            List<EnrollmentView> enrollments = members.enrolmentsOf(member).stream()
                    .sorted(Comparator.comparing((Enrollment e) -> e.coverage().start()).thenComparing(Enrollment::planCode))
                    .map(e -> new EnrollmentView(e.id(), e.planCode().name(), e.shares(), e.coverage().start(),
                            e.coverage().end(), e.payer().name(), e.renewal(), e.hasEnded()))
                    .toList();
            return new MemberView(member.memberNo(), member.name(), member.maskedId(), member.gender().name(),
                    member.birthDate(), member.unit().code(), member.phone().map(MobilePhone::number).orElse(null), member.maskedBankCard(), member.bankName(),
                    member.category().name(), enrollments);
        });
    }

    @Override
    public List<MemberSummary> searchMembers(String query) {
        return members.search(query, SEARCH_LIMIT).stream()
                .map(m -> new MemberSummary(m.memberNo(), m.name(), m.maskedId(), m.unit().code()))
                .toList();
    }

    private Unit unit(String code) {
        return members.unit(code)
                .orElseThrow(() -> new RuleViolations(List.of(new Violation("UNIT", "unitCode",
                        "单位编码 " + code + " 未登记", "no unit " + code))));
    }

    /** A hardship file (困难职工档案) from today for a year; the union renews it after its annual review. */
    private void openHardshipFile(Member member, HardshipLevel level) {
        members.openHardshipFile(member, level, aYearFromToday());
    }

    private static CoveragePeriod aYearFromToday() {
        LocalDate today = BusinessDate.today();
        return new CoveragePeriod(today, today.plusYears(1).minusDays(1));
    }

    private void audit(String actor, String type, String ref, String action, String reason) {
        auditTrail.record(new AuditEntry(Instant.now(), actor, type, ref, action, null, null, reason));
    }

    private static UnitView view(Unit unit) {
        return new UnitView(unit.code(), unit.name(), unit.uscc());
    }
}
