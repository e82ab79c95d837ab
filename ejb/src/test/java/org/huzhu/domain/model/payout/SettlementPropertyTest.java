package org.huzhu.domain.model.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentBenefit;
import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentMedical;
import org.huzhu.domain.model.payout.ClaimedBenefit.InpatientStay;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Settlement gives the same payouts however a run is ordered, split, partitioned or restarted. */
class SettlementPropertyTest {

    private static final int MEMBERS = 4;
    private static final SettlementTerms TERMS = SettlementTerms.defaults();

    private final SettlementCalculator calculator = new SettlementCalculator(TERMS);

    @Property
    void inputOrderDoesNotMatter(@ForAll("claims") List<ClaimToSettle> claims, @ForAll Random random) {
        List<ClaimToSettle> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, random);

        assertEquals(settleInOneRun(claims), calculator.settleInOrder(shuffled, PeriodUsage::none));
    }

    /** Each run starts from the state rebuilt from what earlier runs stored, summed in any order. */
    @Property
    void severalRunsSettleLikeOne(@ForAll("claims") List<ClaimToSettle> claims,
            @ForAll @Size(max = 4) List<@IntRange(max = 30) Integer> cuts) {
        List<ClaimToSettle> ordered = claims.stream().sorted(ClaimToSettle.SETTLEMENT_ORDER).toList();
        List<Integer> runStarts = cuts.stream().map(cut -> Math.min(cut, ordered.size())).sorted().collect(Collectors.toList());
        runStarts.addFirst(0);
        runStarts.add(ordered.size());

        List<Settlement> stored = new ArrayList<>();
        for (int run = 0; run + 1 < runStarts.size(); run++) {
            List<ClaimToSettle> runClaims = ordered.subList(runStarts.get(run), runStarts.get(run + 1));
            stored.addAll(calculator.settleInOrder(runClaims, key -> rebuiltFromStored(key, stored)));
        }

        assertEquals(settleInOneRun(claims), stored);
    }

    /** A run stopped after any claim and restarted from its checkpoint (serialized state) goes on as one. */
    @Property
    void restartFromCheckpointSettlesLikeOneRun(@ForAll("claims") List<ClaimToSettle> claims,
            @ForAll @IntRange(max = 30) int stopAfter) throws IOException, ClassNotFoundException {
        List<ClaimToSettle> ordered = claims.stream().sorted(ClaimToSettle.SETTLEMENT_ORDER).toList();
        HashMap<SettlementKey, PeriodUsage> checkpoint = new HashMap<>();
        List<Settlement> settled = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (i == stopAfter) {
                checkpoint = throughSerialization(checkpoint);
            }
            ClaimToSettle claim = ordered.get(i);
            PeriodUsage before = checkpoint.getOrDefault(claim.key(), PeriodUsage.none(claim.key()));
            Settlement settlement = calculator.settle(claim, before);
            checkpoint.put(claim.key(), before.plus(settlement.usage()));
            settled.add(settlement);
        }

        assertEquals(settleInOneRun(claims), settled);
    }

    @Property
    void membersAreIndependentAcrossPartitions(@ForAll("claims") List<ClaimToSettle> claims,
            @ForAll @Size(MEMBERS) List<@IntRange(max = 3) Integer> partitionOfMember) {
        Map<Integer, List<ClaimToSettle>> partitions = claims.stream()
                .collect(Collectors.groupingBy(claim -> partitionOfMember.get(memberIndex(claim))));
        List<Settlement> partitioned = new ArrayList<>();
        partitions.values().forEach(partition -> partitioned.addAll(calculator.settleInOrder(partition, PeriodUsage::none)));

        Comparator<Settlement> byClaimNumber = Comparator.comparing(Settlement::claimNumber);
        assertEquals(settleInOneRun(claims).stream().sorted(byClaimNumber).toList(),
                partitioned.stream().sorted(byClaimNumber).toList());
    }

    @Property
    void payablesAreFenAmountsWithinBaseAndCaps(@ForAll("claims") List<ClaimToSettle> claims) {
        Map<String, ClaimToSettle> claimByNumber = claims.stream()
                .collect(Collectors.toMap(ClaimToSettle::claimNumber, Function.identity()));
        Map<SettlementKey, Money> cappedPaid = new HashMap<>();
        Map<SettlementKey, Money> paid = new HashMap<>();
        Map<String, Money> lumpSumsPaidPerAccident = new HashMap<>();

        for (Settlement settlement : settleInOneRun(claims)) {
            ClaimToSettle claim = claimByNumber.get(settlement.claimNumber());
            Money payable = settlement.payable();
            assertTrue(!payable.isNegative() && payable.hasAtMostTwoDecimals(), payable::toString);
            baseOf(claim.benefit()).ifPresent(base -> assertTrue(payable.compareTo(base) <= 0, "above the base"));
            periodCapPerShare(claim.benefit()).ifPresent(capPerShare -> {
                Money capLeft = capPerShare.times(claim.shares())
                        .minus(cappedPaid.getOrDefault(claim.key(), Money.ZERO));
                assertTrue(payable.compareTo(capLeft) <= 0, "above what is left of the cap");
                cappedPaid.merge(claim.key(), payable, Money::plus);
            });
            if (claim.benefit() instanceof AccidentBenefit accident && !(accident instanceof AccidentMedical)) {
                String accidentId = claim.memberNumber() + accident.accidentDate();
                Money total = lumpSumsPaidPerAccident.merge(accidentId, payable, Money::plus);
                assertTrue(total.compareTo(TERMS.accident().deathPerShare().times(claim.shares())) <= 0,
                        "one accident paid above its death benefit");
            } else if (claim.plan() == PlanCode.CRITICAL || claim.plan() == PlanCode.FEMALE) {
                Money total = paid.merge(claim.key(), payable, Money::plus);
                assertTrue(total.compareTo(highestOnceOnlyBenefit(claim.plan()).times(claim.shares())) <= 0,
                        "a once-only benefit paid above its amount");
            }
        }
    }

    private List<Settlement> settleInOneRun(List<ClaimToSettle> claims) {
        return calculator.settleInOrder(claims, PeriodUsage::none);
    }

    private static PeriodUsage rebuiltFromStored(SettlementKey key, List<Settlement> stored) {
        List<ClaimUsage> usages = new ArrayList<>(stored.stream()
                .filter(settlement -> settlement.key().equals(key))
                .map(Settlement::usage)
                .toList());
        Collections.reverse(usages);
        return PeriodUsage.rebuiltFrom(key, usages);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T throughSerialization(T state) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static Optional<Money> baseOf(ClaimedBenefit benefit) {
        return switch (benefit) {
            case InpatientStay stay -> Optional.of(stay.policySelfPaid());
            case AccidentMedical medical -> Optional.of(medical.selfPaid());
            default -> Optional.empty();
        };
    }

    private static Optional<Money> periodCapPerShare(ClaimedBenefit benefit) {
        return switch (benefit) {
            case InpatientStay ignored -> Optional.of(TERMS.inpatient().periodCapPerShare());
            case ClaimedBenefit.AllowanceStay ignored -> Optional.of(TERMS.allowance().periodCapPerShare());
            case AccidentMedical ignored -> Optional.of(TERMS.accident().medicalPeriodCapPerShare());
            default -> Optional.empty();
        };
    }

    private static Money highestOnceOnlyBenefit(PlanCode plan) {
        return plan == PlanCode.CRITICAL
                ? TERMS.critical().perShare()
                : TERMS.female().listedCancerPerShare().max(TERMS.female().inSituPerShare());
    }

    private static int memberIndex(ClaimToSettle claim) {
        return Integer.parseInt(claim.memberNumber().substring(1));
    }

    // ---- generated claims: up to MEMBERS members, one enrolment per member and plan in 2026 ----

    /** One generated claim before it is tied to its member's enrolment. */
    private record Draft(int member, PlanCode plan, int dayOfYear, int variant, long fen, long otherFen,
            int stayDays, int disabilityGrade) {
    }

    @Provide
    Arbitrary<List<ClaimToSettle>> claims() {
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, MEMBERS - 1),
                Arbitraries.of(PlanCode.class),
                Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(1, 10)).as(Draft::new);
        Arbitrary<List<Integer>> shares = Arbitraries.integers().between(1, 5).list().ofSize(MEMBERS);
        Arbitrary<List<Boolean>> femaleRenewals = Arbitraries.of(true, false).list().ofSize(MEMBERS);
        return Combinators.combine(draft.list().ofMinSize(1).ofMaxSize(30), shares, femaleRenewals)
                .as(SettlementPropertyTest::toClaims);
    }

    private static List<ClaimToSettle> toClaims(List<Draft> drafts, List<Integer> sharesSeed,
            List<Boolean> femaleRenewals) {
        List<ClaimToSettle> claims = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            // Shares differ by member and plan; ACCIDENT allows 5, the others 3.
            int maxShares = draft.plan() == PlanCode.ACCIDENT ? 5 : 3;
            int shares = 1 + (sharesSeed.get(draft.member()) + draft.plan().ordinal()) % maxShares;
            boolean renewal = femaleRenewals.get(draft.member());
            LocalDate incident = incidentDate(draft, renewal);
            claims.add(Claims.claim("HZ2026%06d".formatted(i + 1), "M" + draft.member(), shares, incident,
                    benefit(draft, incident, renewal)));
        }
        return claims;
    }

    private static LocalDate incidentDate(Draft draft, boolean femaleRenewal) {
        int day = switch (draft.plan()) {
            // Intake keeps FEMALE diagnoses inside the waiting period out (V04).
            case FEMALE -> femaleRenewal ? draft.dayOfYear() : 30 + draft.dayOfYear() % 335;
            // Few accident dates, so that claims of one accident meet.
            case ACCIDENT -> draft.dayOfYear() % 3 * 100;
            default -> draft.dayOfYear();
        };
        return Claims.YEAR_2026.start().plusDays(day);
    }

    private static ClaimedBenefit benefit(Draft draft, LocalDate incident, boolean femaleRenewal) {
        return switch (draft.plan()) {
            case INPATIENT -> new InpatientStay(incident, incident.plusDays(draft.stayDays()), Money.fen(draft.fen()),
                    Money.fen(draft.otherFen()));
            case ALLOWANCE -> new ClaimedBenefit.AllowanceStay(incident, incident.plusDays(draft.stayDays()));
            case CRITICAL -> new ClaimedBenefit.CriticalIllness();
            case FEMALE -> new ClaimedBenefit.FemaleDiagnosis(FemaleDiagnosisKind.values()[draft.variant() % 2],
                    femaleRenewal);
            case ACCIDENT -> switch (draft.variant()) {
                case 0 -> new ClaimedBenefit.AccidentDeath(incident);
                case 1 -> new ClaimedBenefit.AccidentDisability(incident, draft.disabilityGrade());
                default -> new AccidentMedical(incident, Money.fen(draft.fen()), Money.fen(draft.otherFen()));
            };
        };
    }
}
