package org.huzhu.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.claim.ClaimRuleSet;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.member.EnrolmentPolicy;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.infrastructure.demo.CountyRecord.ClaimRecord;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;
import org.huzhu.infrastructure.demo.CountyRecord.UnitRecord;
import org.junit.jupiter.api.Test;

class SyntheticCountyTest {

    /** A fixed day, never today: the county, its claims and its replayed runs depend on asOf alone. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final PlanCatalogue CATALOGUE = PlanCatalogue.defaults();
    /** What the demo's replay gives each year's hardship-grant run (docs/reports.md, "On the demo county"). */
    private static final Money GRANT_BUDGET = Money.yuan(50_000);

    private static SyntheticCounty county(long seed, double scale) {
        return new SyntheticCounty(new CountyParameters(seed, scale, AS_OF, "T", 1, 1));
    }

    private static String fingerprint(SyntheticCounty county) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        county.records().forEach(record -> sha256.update((record + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Test
    void theSameSeedGivesTheSameCountyByteForByteAndAnotherSeedAnother() throws NoSuchAlgorithmException {
        assertEquals(fingerprint(county(7, 0.05)), fingerprint(county(7, 0.05)));
        assertNotEquals(fingerprint(county(7, 0.05)), fingerprint(county(8, 0.05)));
    }

    @Test
    void theDefaultCountyMatchesThePublishedFiguresWithinAFewPercent() {
        CountyParameters parameters = CountyParameters.demo(1, AS_OF);
        CountyFigures figures = CountyFigures.of(new SyntheticCounty(parameters).records());
        CountyFigures.History history = figures.replay(parameters, GRANT_BUDGET);
        System.out.println("default county as of " + AS_OF + ": " + figures);
        history.years().forEach(year -> System.out.println("year-end runs of " + year.year() + " on " + year.runDate()
                + ": " + year.settlements().size() + " claims settled, hardship grants (budget " + GRANT_BUDGET + ") "
                + year.grants().grants().size() + " for " + year.grants().grantTotal() + " of "
                + year.grants().grants().stream().map(Grant::unscaledAmount).reduce(Money.ZERO, Money::plus)
                + " owed, " + year.grants().condolences().size() + " condolences"));
        System.out.println("three years: " + history.paidClaims() + " claims paid for " + history.amountPaid() + ", "
                + history.membersGranted() + " members granted " + history.granted() + ", " + history.condolences()
                + " condolences");

        assertNear(98_000, figures.enrolmentYears, 0.03, "enrolment-years");
        assertNear(5_216_000, figures.contributions.amount().doubleValue(), 0.03, "contributions");
        assertEquals(3_602, figures.freeCoverWorkers, "new-form workers given free cover");
        assertEquals(Money.yuan(3_602 * 70), figures.freeCoverValue, "one ACCIDENT and one CRITICAL share each");
        assertNear(300, figures.units, 0.01, "units");
        assertNear(346, history.paidClaims(), 0.06, "claims paid");
        assertNear(2_823_000, history.amountPaid().amount().doubleValue(), 0.06, "amount paid");
        assertTrue(figures.hardshipFiles > 300 && figures.hardshipFiles < 1_500, "hardship files for a few hundred members");
        assertNear(154, history.membersGranted(), 0.10, "members given hardship grants");
        assertNear(148_700, history.granted().amount().doubleValue(), 0.10, "hardship grants");
        assertNear(60, history.condolences(), 0.10, "condolences");
    }

    @Test
    void pastClaimsWaitApprovedForSettlementAndThisYearsAreStillInReview() {
        List<ClaimRecord> claims = new SyntheticCounty(CountyParameters.demo(1, AS_OF)).records()
                .filter(ClaimRecord.class::isInstance).map(ClaimRecord.class::cast).toList();
        List<ClaimRecord> past = claims.stream().filter(c -> c.claimNumber().year() < AS_OF.getYear()).toList();
        List<ClaimRecord> thisYear = claims.stream().filter(c -> c.claimNumber().year() == AS_OF.getYear()).toList();

        assertTrue(count(past, ClaimStatus.APPROVED) > 0.8 * past.size(), "most past claims are APPROVED");
        assertTrue(count(past, ClaimStatus.REJECTED) > 0 && count(past, ClaimStatus.DECLINED) > 0);
        assertEquals(0, count(past, ClaimStatus.VALIDATED), "last year's claims have all been reviewed");
        assertTrue(count(thisYear, ClaimStatus.VALIDATED) > 0 && count(thisYear, ClaimStatus.APPROVED) > 0
                && count(thisYear, ClaimStatus.REJECTED) > 0);
        assertTrue(thisYear.stream().anyMatch(c -> c.status() == ClaimStatus.VALIDATED && c.dueDate().isBefore(AS_OF)),
                "some claims in review are overdue");
        assertTrue(claims.stream().allMatch(c -> !c.submittedAt().atZone(BusinessDate.ZONE).toLocalDate().isAfter(AS_OF)));
        assertTrue(claims.stream().filter(c -> c.reviewedBy() != null).allMatch(c -> !c.reviewedBy().equals(c.enteredBy())),
                "four eyes");
        assertTrue(claims.stream().filter(c -> c.draft().planCode() == PlanCode.INPATIENT)
                        .collect(java.util.stream.Collectors.groupingBy(c -> c.draft().memberNo() + c.coverage(),
                                java.util.stream.Collectors.counting()))
                        .values().stream().anyMatch(n -> n >= 3),
                "some members are in hospital several times a year");
    }

    @Test
    void aSmallCountyIsSmallAndQuick() {
        long started = System.nanoTime();
        CountyFigures figures = CountyFigures.of(county(1, 0.01).records());
        assertTrue(figures.members > 300 && figures.members < 500, "members: " + figures.members);
        assertTrue(figures.units >= 3);
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
    }

    /**
     * Checks every record against the domain, independently of how the generator made it: identifiers
     * parse, enrolments pass the enrolment policy with renewals and chain starts as it computes them,
     * and every claim gets from the rule set exactly the violations it carries, with invoice numbers
     * in use taken across the whole county.
     */
    @Property(tries = 6)
    void everyRecordIsWhatTheDomainWouldAccept(@ForAll long seed) {
        Set<String> residentIds = new HashSet<>();
        Set<String> creditCodes = new HashSet<>();
        Set<String> invoiceNumbersInUse = new HashSet<>();
        Set<String> claimNumbers = new HashSet<>();
        List<EnrolmentRecord> enrolmentsOfMember = new ArrayList<>();
        List<ClaimRecord> claimsOfMember = new ArrayList<>();
        MemberRecord[] member = new MemberRecord[1];
        county(seed, 0.01).records().forEach(record -> {
            switch (record) {
                case UnitRecord unit -> {
                    assertTrue(creditCodes.add(CreditCode.parse(unit.uscc().value()).value()));
                    assertTrue(unit.code().startsWith("T"));
                }
                case MemberRecord m -> {
                    member[0] = m;
                    enrolmentsOfMember.clear();
                    claimsOfMember.clear();
                    assertTrue(residentIds.add(ResidentId.parse(m.residentId().value(), AS_OF).value()), "unique IDs");
                    BankCard.parse(m.bankCard().number());
                    MobilePhone.parse(m.phone().number());
                    assertFalse(m.name().isBlank());
                    assertEquals(m.freeCover(), m.category() == MemberCategory.NEW_FORM);
                }
                case CountyRecord.HardshipFileRecord file -> assertEquals(member[0].memberNo(), file.memberNo());
                case EnrolmentRecord enrolment -> {
                    assertEquals(member[0].memberNo(), enrolment.memberNo());
                    checkEnrolment(member[0], enrolment, enrolmentsOfMember);
                    enrolmentsOfMember.add(enrolment);
                }
                case ClaimRecord claim -> {
                    assertTrue(claimNumbers.add(claim.claimNumber().value()));
                    checkClaim(member[0], claim, enrolmentsOfMember, claimsOfMember, invoiceNumbersInUse);
                    claimsOfMember.add(claim);
                    if (claim.holdsInvoicesAndStay()) {
                        claim.draft().invoices().forEach(invoice -> invoiceNumbersInUse.add(invoice.number()));
                    }
                }
            }
        });
    }

    private static void checkEnrolment(MemberRecord member, EnrolmentRecord enrolment, List<EnrolmentRecord> earlier) {
        List<CoveragePeriod> inPlan = earlier.stream().filter(e -> e.plan() == enrolment.plan())
                .map(EnrolmentRecord::coverage).toList();
        assertEquals(List.of(), EnrolmentPolicy.check(CATALOGUE.terms(enrolment.plan()), member.residentId(),
                enrolment.shares(), enrolment.coverage(), inPlan), "shares, ages 16–60, FEMALE for women, no overlap");
        assertEquals(EnrolmentPolicy.isRenewal(inPlan, enrolment.coverage()), enrolment.renewal());
        assertEquals(EnrolmentPolicy.chainStart(inPlan, enrolment.coverage()), enrolment.chainStart());
        assertEquals(CATALOGUE.terms(enrolment.plan()).contributionPerShare().times(enrolment.shares()),
                enrolment.contribution());
        assertEquals(member.freeCover(), enrolment.payer() == Payer.UNION);
        int age = member.residentId().ageOn(enrolment.coverage().start());
        assertTrue(age >= 18 && age <= 59, "age " + age);
    }

    private static void checkClaim(MemberRecord member, ClaimRecord claim, List<EnrolmentRecord> enrolments,
                                   List<ClaimRecord> earlierClaims, Set<String> invoiceNumbersInUse) {
        PlanCode plan = claim.draft().planCode();
        List<ClaimContext.EnrolmentInPlan> inPlan = enrolments.stream().filter(e -> e.plan() == plan)
                .map(e -> new ClaimContext.EnrolmentInPlan(e.coverage().start().toEpochDay(), e.coverage(), e.shares(),
                        e.renewal(), e.chainStart(), false, false))
                .toList();
        List<ClaimContext.OtherClaimStay> otherStays = earlierClaims.stream().filter(ClaimRecord::holdsInvoicesAndStay)
                .flatMap(c -> c.draft().hospitalStay().map(s -> new ClaimContext.OtherClaimStay(c.claimNumber(), s)).stream())
                .toList();
        LocalDate submitted = claim.submittedAt().atZone(BusinessDate.ZONE).toLocalDate();
        ClaimContext context = new ClaimContext(new ClaimContext.Claimant(member.residentId().gender(),
                member.bankCard().number(), inPlan), CATALOGUE.terms(plan), invoiceNumbersInUse, otherStays, submitted);

        assertEquals(claim.violations(), ClaimRuleSet.check(claim.draft(), context), claim.claimNumber().value());
        assertEquals(claim.status() == ClaimStatus.REJECTED, !claim.violations().isEmpty());
        assertTrue(claim.coverage().covers(claim.draft().incidentDate()));
        assertTrue(claim.dueDate().isAfter(submitted), "due 1, 3 or 10 working days after submission");
        for (Invoice invoice : claim.draft().invoices()) {
            assertTrue(invoice.total().isPositive());
        }
    }

    private static long count(List<ClaimRecord> claims, ClaimStatus status) {
        return claims.stream().filter(c -> c.status() == status).count();
    }

    private static void assertNear(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= expected * tolerance,
                what + ": " + actual + " is not within " + tolerance * 100 + "% of " + expected);
    }
}
