package org.huzhu.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.claim.ClaimContext.Claimant;
import org.huzhu.domain.model.claim.ClaimContext.EnrolmentInPlan;
import org.huzhu.domain.model.claim.ClaimContext.OtherClaimStay;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimRuleSetTest {

    private static final PlanCatalogue CATALOGUE = PlanCatalogue.defaults();
    private static final LocalDate TODAY = date("2026-06-15");
    private static final String VALID_CARD = "6217001234567890122";
    private static final CoveragePeriod YEAR_2026 = new CoveragePeriod(date("2026-01-01"), date("2026-12-31"));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Invoice invoice(String number, String total, String fundPaid, String policySelfPaid, String outOfPolicy) {
        return new Invoice(number, Money.parse(total), Money.parse(fundPaid), Money.parse(policySelfPaid),
                Money.parse(outOfPolicy));
    }

    private static EnrolmentInPlan newEnrolment(CoveragePeriod coverage) {
        return new EnrolmentInPlan(1L, coverage, 1, false, coverage.start(), false, false);
    }

    private static EnrolmentInPlan renewal(CoveragePeriod coverage, LocalDate chainStart) {
        return new EnrolmentInPlan(2L, coverage, 1, true, chainStart, false, false);
    }

    /** A claim and what the database knows about it: valid for its plan until a test changes one thing. */
    private static final class Claim {
        private final PlanCode plan;
        private Cause cause = Cause.ILLNESS;
        private LocalDate incident = date("2026-05-01");
        private LocalDate admission;
        private LocalDate discharge;
        private String diagnosis;
        private AccidentOutcome outcome;
        private Integer disabilityGrade;
        private final List<Invoice> invoices = new ArrayList<>();
        private final Set<DocumentCode> documents = EnumSet.noneOf(DocumentCode.class);
        private boolean memberKnown = true;
        private Gender gender = Gender.FEMALE;
        private String bankCard = VALID_CARD;
        private final List<EnrolmentInPlan> enrolments = new ArrayList<>(List.of(newEnrolment(YEAR_2026)));
        private final Set<String> invoiceNumbersInUse = new HashSet<>();
        private final List<OtherClaimStay> otherStays = new ArrayList<>();
        private LocalDate today = TODAY;

        private Claim(PlanCode plan) {
            this.plan = plan;
            documents.addAll(CATALOGUE.terms(plan).requiredDocuments().forClaim(null));
        }

        static Claim hospital(PlanCode plan) {
            Claim claim = new Claim(plan).stay("2026-05-02", "2026-05-10").diagnosis("K35.8");
            claim.invoices.add(invoice("04400001", "1000.00", "600.00", "300.00", "100.00"));
            return claim;
        }

        static Claim inpatient() {
            return hospital(PlanCode.INPATIENT);
        }

        static Claim critical() {
            return new Claim(PlanCode.CRITICAL).diagnosis("C34.1");
        }

        static Claim female() {
            return new Claim(PlanCode.FEMALE).diagnosis("C50.9");
        }

        static Claim accident(AccidentOutcome outcome) {
            Claim claim = new Claim(PlanCode.ACCIDENT);
            claim.cause = Cause.ACCIDENT;
            claim.outcome = outcome;
            claim.documents.addAll(CATALOGUE.terms(PlanCode.ACCIDENT).requiredDocuments().forClaim(outcome));
            if (outcome == AccidentOutcome.DISABILITY) {
                claim.disabilityGrade = 5;
            }
            if (outcome == AccidentOutcome.MEDICAL) {
                claim.invoices.add(invoice("04400002", "500.00", "0.00", "200.00", "300.00"));
            }
            return claim;
        }

        Claim cause(Cause value) {
            cause = value;
            return this;
        }

        Claim incident(String value) {
            incident = date(value);
            return this;
        }

        Claim stay(String admitted, String discharged) {
            admission = admitted == null ? null : date(admitted);
            discharge = discharged == null ? null : date(discharged);
            return this;
        }

        Claim diagnosis(String value) {
            diagnosis = value;
            return this;
        }

        Claim outcome(AccidentOutcome value) {
            outcome = value;
            return this;
        }

        Claim disabilityGrade(Integer value) {
            disabilityGrade = value;
            return this;
        }

        Claim invoices(Invoice... values) {
            invoices.clear();
            invoices.addAll(List.of(values));
            return this;
        }

        Claim without(DocumentCode... missing) {
            documents.removeAll(List.of(missing));
            return this;
        }

        Claim unknownMember() {
            memberKnown = false;
            return this;
        }

        Claim man() {
            gender = Gender.MALE;
            return this;
        }

        Claim bankCard(String value) {
            bankCard = value;
            return this;
        }

        Claim enrolments(EnrolmentInPlan... values) {
            enrolments.clear();
            enrolments.addAll(List.of(values));
            return this;
        }

        Claim invoiceNumbersInUse(String... numbers) {
            invoiceNumbersInUse.addAll(List.of(numbers));
            return this;
        }

        Claim otherStay(String claimNumber, String admitted, String discharged) {
            otherStays.add(new OtherClaimStay(ClaimNumber.parse(claimNumber),
                    new HospitalStay(date(admitted), date(discharged))));
            return this;
        }

        Claim today(String value) {
            today = date(value);
            return this;
        }

        List<Violation> check() {
            ClaimDraft draft = new ClaimDraft("M000123", plan, cause, incident, admission, discharge, "县人民医院",
                    diagnosis, outcome, disabilityGrade, invoices, documents, Complexity.SIMPLE);
            Claimant claimant = memberKnown ? new Claimant(gender, bankCard, enrolments) : null;
            return ClaimRuleSet.check(draft, new ClaimContext(claimant, CATALOGUE.terms(plan), invoiceNumbersInUse,
                    otherStays, today));
        }

        List<String> codes() {
            return check().stream().map(Violation::code).toList();
        }
    }

    @Nested
    class ValidClaims {

        @ParameterizedTest
        @EnumSource(value = PlanCode.class, names = {"INPATIENT", "ALLOWANCE"})
        void hospitalClaims(PlanCode plan) {
            assertEquals(List.of(), Claim.hospital(plan).check());
        }

        @Test
        void criticalAndFemaleClaims() {
            assertEquals(List.of(), Claim.critical().check());
            assertEquals(List.of(), Claim.female().check());
        }

        @ParameterizedTest
        @EnumSource(AccidentOutcome.class)
        void accidentClaims(AccidentOutcome outcome) {
            assertEquals(List.of(), Claim.accident(outcome).check());
        }

        @Test
        void anAccidentTreatedInHospitalOnTheInpatientPlan() {
            assertEquals(List.of(), Claim.inpatient().cause(Cause.ACCIDENT).check());
        }

        @Test
        void refusesTermsOfAnotherPlan() {
            ClaimDraft draft = new ClaimDraft("M000123", PlanCode.CRITICAL, Cause.ILLNESS, TODAY, null, null, null,
                    "C34.1", null, null, List.of(), Set.of(), Complexity.SIMPLE);
            ClaimContext context = new ClaimContext(null, CATALOGUE.terms(PlanCode.FEMALE), Set.of(), List.of(), TODAY);

            assertThrows(IllegalArgumentException.class, () -> ClaimRuleSet.check(draft, context));
        }
    }

    @Nested
    class V02MemberEnrolled {

        @Test
        void anUnknownMemberIsReportedOnceWithoutTheRulesThatNeedAMember() {
            List<Violation> violations = Claim.critical().unknownMember().check();

            assertEquals(List.of(new Violation("V02", "memberNo", "会员编号 M000123 不存在", "there is no member M000123")),
                    violations);
        }

        @Test
        void aMemberNotEnrolledInThePlan() {
            List<Violation> violations = Claim.critical().enrolments().check();

            assertEquals(List.of(new Violation("V02", "planCode", "会员未参加重大疾病互助保障",
                    "the member is not enrolled in CRITICAL")), violations);
        }
    }

    @Nested
    class V03EnrolmentCoversIncident {

        @Test
        void theLastDayOfCoverageIsCoveredTheNextDayIsNot() {
            Claim coveredUntilMay = Claim.critical().enrolments(newEnrolment(new CoveragePeriod(date("2025-05-01"),
                    date("2026-04-30"))));

            assertEquals(List.of(), coveredUntilMay.incident("2026-04-30").check());
            assertEquals(List.of(new Violation("V03", "incidentDate",
                            "出险日期 2026-05-01 不在会员任何一期重大疾病互助保障的保障期内",
                            "no CRITICAL enrolment of the member covers the incident date 2026-05-01")),
                    coveredUntilMay.incident("2026-05-01").check());
        }

        @Test
        void theFirstDayOfCoverageIsCoveredTheDayBeforeIsNot() {
            assertEquals(List.of(), Claim.accident(AccidentOutcome.MEDICAL).incident("2026-01-01").check());
            assertEquals(List.of("V03"), Claim.accident(AccidentOutcome.MEDICAL).incident("2025-12-31").codes());
        }
    }

    @Nested
    class V04WaitingPeriod {

        @Test
        void dayEightyNineIsInsideNinetyDaysAndDayNinetyIsNot() {
            assertEquals(List.of(new Violation("V04", "incidentDate",
                            "出险日期 2026-03-31 在等待期内：距保障起始日 2026-01-01 仅 89 天，等待期为 90 天",
                            "incident date 2026-03-31 is inside the waiting period: 89 days after coverage started on "
                                    + "2026-01-01, waiting period 90 days")),
                    Claim.critical().incident("2026-03-31").check());
            assertEquals(List.of(), Claim.critical().incident("2026-04-01").check());
        }

        @Test
        void appliesToHospitalPlansToo() {
            assertEquals(List.of("V04"), Claim.inpatient().incident("2026-03-31").stay("2026-03-31", "2026-04-03").codes());
            assertEquals(List.of(), Claim.inpatient().incident("2026-04-01").stay("2026-04-01", "2026-04-03").codes());
        }

        @Test
        void renewalsHaveNoWaitingPeriod() {
            Claim renewed = Claim.critical().enrolments(renewal(YEAR_2026, date("2024-01-01")));

            assertEquals(List.of(), renewed.incident("2026-01-01").check());
        }

        @Test
        void accidentsHaveNoWaitingPeriod() {
            assertEquals(List.of(), Claim.critical().cause(Cause.ACCIDENT).incident("2026-01-01").check());
            assertEquals(List.of(), Claim.accident(AccidentOutcome.DEATH).incident("2026-01-01").check());
        }

        @Test
        void femaleWaitsThirtyDaysFromTheStartOfTheChain() {
            assertEquals(List.of("V04"), Claim.female().incident("2026-01-30").codes());
            assertEquals(List.of(), Claim.female().incident("2026-01-31").check());
        }

        @Test
        void femaleRenewalsAreExemptEvenEarlyInTheNewPeriod() {
            Claim renewed = Claim.female().enrolments(renewal(YEAR_2026, date("2025-01-01")));

            assertEquals(List.of(), renewed.incident("2026-01-02").check());
        }
    }

    @Nested
    class V05ClaimWindow {

        @Test
        void dayThreeHundredSixtyFiveAfterDischargeIsInTimeTheNextDayIsLate() {
            // discharged 2026-05-10: the window of 365 days ends on 2027-05-10
            assertEquals(List.of(), Claim.inpatient().today("2027-05-10").check());
            assertEquals(List.of(new Violation("V05", "dischargeDate",
                            "已超过理赔时效：应在出院日期 2026-05-10 后 365 天内申请，最迟 2027-05-10",
                            "the claim window has closed: claims are due within 365 days after the discharge date "
                                    + "2026-05-10, by 2027-05-10")),
                    Claim.inpatient().today("2027-05-11").check());
        }

        @Test
        void criticalRunsSevenHundredThirtyDaysFromDiagnosis() {
            // diagnosed 2026-05-01, the window ends on 2028-04-30
            assertEquals(List.of(), Claim.critical().today("2028-04-30").check());
            assertEquals(List.of("V05"), Claim.critical().today("2028-05-01").codes());
            assertEquals("incidentDate", Claim.critical().today("2028-05-01").check().get(0).field());
        }

        @Test
        void accidentRunsThreeHundredSixtyFiveDaysFromTheAccident() {
            assertEquals(List.of(), Claim.accident(AccidentOutcome.DEATH).today("2027-05-01").check());
            assertEquals(List.of("V05"), Claim.accident(AccidentOutcome.DEATH).today("2027-05-02").codes());
        }
    }

    @Nested
    class V06Dates {

        @Test
        void theSameDayForIncidentAdmissionDischargeAndTodayIsConsistent() {
            assertEquals(List.of(), Claim.inpatient().incident("2026-06-15").stay("2026-06-15", "2026-06-15")
                    .enrolments(renewal(YEAR_2026, date("2025-01-01"))).check());
        }

        @Test
        void incidentAfterAdmission() {
            assertEquals(List.of(new Violation("V06", "incidentDate", "出险日期 2026-05-03 晚于入院日期 2026-05-02",
                    "the incident date 2026-05-03 is after the admission date 2026-05-02")),
                    Claim.inpatient().incident("2026-05-03").check());
        }

        @Test
        void admissionAfterDischarge() {
            assertEquals(List.of(new Violation("V06", "dischargeDate", "出院日期 2026-05-09 早于入院日期 2026-05-10",
                    "the discharge date 2026-05-09 is before the admission date 2026-05-10")),
                    Claim.inpatient().stay("2026-05-10", "2026-05-09").check());
        }

        @Test
        void eachDateInTheFutureIsReported() {
            List<Violation> violations = Claim.inpatient().incident("2026-06-16").stay("2026-06-16", "2026-06-17")
                    .enrolments(renewal(YEAR_2026, date("2025-01-01"))).check();

            assertEquals(List.of("incidentDate", "admissionDate", "dischargeDate"),
                    violations.stream().map(Violation::field).toList());
            assertEquals(List.of("V06", "V06", "V06"), violations.stream().map(Violation::code).toList());
            assertEquals("入院日期 2026-06-16 晚于今天 2026-06-15", violations.get(1).messageZh());
        }

        @Test
        void hospitalPlansNeedAdmissionAndDischargeDates() {
            List<Violation> violations = Claim.hospital(PlanCode.ALLOWANCE).stay(null, null).check();

            assertEquals(List.of(
                    new Violation("V06", "admissionDate", "住院津贴互助保障理赔须填写入院日期",
                            "ALLOWANCE claims need the admission date"),
                    new Violation("V06", "dischargeDate", "住院津贴互助保障理赔须填写出院日期",
                            "ALLOWANCE claims need the discharge date")), violations);
        }

        @Test
        void otherPlansNeedNoStay() {
            assertEquals(List.of(), Claim.accident(AccidentOutcome.MEDICAL).check());
        }
    }

    @Nested
    class V07InvoiceAmounts {

        @Test
        void partsMustAddUpToTheFen() {
            assertEquals(List.of(), Claim.inpatient()
                    .invoices(invoice("04400001", "1234.56", "1000.00", "200.00", "34.56")).check());

            List<Violation> oneFenShort = Claim.inpatient()
                    .invoices(invoice("04400001", "1234.56", "1000.00", "200.00", "34.55")).check();
            assertEquals(List.of(new Violation("V07", "invoices[0].total",
                    "发票 04400001 金额不一致：统筹支付 1000.00 + 政策内自付 200.00 + 政策外自费 34.55 = 1234.55，与总额 1234.56 不符",
                    "invoice 04400001 does not add up: fundPaid 1000.00 + policySelfPaid 200.00 + outOfPolicy 34.55"
                            + " = 1234.55, not the total 1234.56")), oneFenShort);

            assertEquals(List.of("V07"), Claim.inpatient()
                    .invoices(invoice("04400001", "1234.56", "1000.00", "200.01", "34.56")).codes());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.00", "-10.00"})
        void theTotalMustBeAboveZero(String total) {
            List<Violation> violations = Claim.inpatient().invoices(invoice("04400001", total, "0.00", "0.00", total)).check();

            assertEquals("invoices[0].total", violations.get(0).field());
            assertEquals("V07", violations.get(0).code());
        }

        @Test
        void aNegativePartIsReportedOnItsField() {
            List<Violation> violations = Claim.inpatient()
                    .invoices(invoice("04400001", "100.00", "150.00", "-50.00", "0.00")).check();

            assertEquals(List.of(new Violation("V07", "invoices[0].policySelfPaid", "发票 04400001 的政策内自付 -50.00 不能为负数",
                    "invoice 04400001 has a negative policySelfPaid of -50.00")), violations);
        }

        @Test
        void theIndexNamesTheInvoice() {
            List<Violation> violations = Claim.inpatient().invoices(
                    invoice("04400001", "100.00", "50.00", "50.00", "0.00"),
                    invoice("04400002", "100.00", "50.00", "50.00", "0.01")).check();

            assertEquals(List.of("invoices[1].total"), violations.stream().map(Violation::field).toList());
        }

        @Test
        void plansPayingForCostsNeedInvoices() {
            assertEquals(List.of(new Violation("V07", "invoices", "住院医疗互助保障理赔须录入医疗费用发票",
                    "this INPATIENT claim needs its medical invoices")), Claim.inpatient().invoices().check());
            assertEquals(List.of("V07"), Claim.accident(AccidentOutcome.MEDICAL).invoices().codes());
            assertEquals(List.of(), Claim.accident(AccidentOutcome.DEATH).invoices().check());
            assertEquals(List.of(), Claim.critical().invoices().check());
        }
    }

    @Property
    void anInvoiceIsInconsistentExactlyWhenItsPartsMissItsTotalByAFenOrMore(
            @ForAll @LongRange(max = 10_000_000) long fundPaidFen,
            @ForAll @LongRange(max = 10_000_000) long policySelfPaidFen,
            @ForAll @LongRange(max = 10_000_000) long outOfPolicyFen,
            @ForAll @LongRange(min = -2, max = 2) long fenOff) {
        long totalFen = fundPaidFen + policySelfPaidFen + outOfPolicyFen + fenOff;
        Invoice invoice = new Invoice("04400001", Money.fen(totalFen), Money.fen(fundPaidFen), Money.fen(policySelfPaidFen),
                Money.fen(outOfPolicyFen));

        List<String> codes = Claim.inpatient().invoices(invoice).codes();

        assertEquals(fenOff != 0 || totalFen <= 0, codes.contains("V07"), invoice.toString());
        assertEquals(List.of(), codes.stream().filter(code -> !code.equals("V07")).toList());
    }

    @Nested
    class V08InvoiceNumbers {

        @Test
        void aNumberUsedByAnotherClaim() {
            assertEquals(List.of(new Violation("V08", "invoices[0].number", "发票号码 04400001 已在其他理赔中使用",
                            "invoice number 04400001 is already used by another claim")),
                    Claim.inpatient().invoiceNumbersInUse("04400001").check());
            assertEquals(List.of(), Claim.inpatient().invoiceNumbersInUse("04400099").check());
        }

        @Test
        void aNumberEnteredTwiceInOneClaim() {
            List<Violation> violations = Claim.inpatient().invoices(
                    invoice("04400001", "100.00", "50.00", "50.00", "0.00"),
                    invoice(" 04400001 ", "80.00", "40.00", "40.00", "0.00")).check();

            assertEquals(List.of(new Violation("V08", "invoices[1].number", "发票号码 04400001 在本次理赔中重复录入",
                    "invoice number 04400001 is entered twice in this claim")), violations);
        }
    }

    @Nested
    class V09Documents {

        @Test
        void namesEveryMissingDocument() {
            assertEquals(List.of(new Violation("V09", "documents", "缺少材料：诊断证明书（DIAGNOSIS_CERT）、病理报告（PATHOLOGY_REPORT）",
                            "missing documents: DIAGNOSIS_CERT, PATHOLOGY_REPORT")),
                    Claim.critical().without(DocumentCode.PATHOLOGY_REPORT, DocumentCode.DIAGNOSIS_CERT).check());
        }

        @Test
        void accidentDocumentsDependOnTheOutcome() {
            Claim death = Claim.accident(AccidentOutcome.DEATH).without(DocumentCode.HOUSEHOLD_CANCELLATION);

            assertEquals("missing documents: HOUSEHOLD_CANCELLATION", death.check().get(0).messageEn());
            assertEquals(List.of("V09"), Claim.accident(AccidentOutcome.DISABILITY)
                    .without(DocumentCode.DISABILITY_ASSESSMENT).codes());
            assertEquals(List.of("V09"), Claim.accident(AccidentOutcome.MEDICAL).without(DocumentCode.INVOICE).codes());
            assertEquals(List.of("V09"), Claim.inpatient().without(DocumentCode.ID_COPY).codes());
        }
    }

    @Nested
    class V10Coverage {

        @Test
        void aDiagnosisOutsideTheListIsNotCovered() {
            assertEquals(List.of(new Violation("V10", "diagnosisCode",
                            "诊断编码 C44.9 不在重大疾病互助保障的保障范围内（C00–C43, C45–C97, I21, I60–I63, N18.5, Z94.0–Z94.4, G12.2）",
                            "diagnosis C44.9 is not covered by CRITICAL (C00–C43, C45–C97, I21, I60–I63, N18.5, "
                                    + "Z94.0–Z94.4, G12.2)")),
                    Claim.critical().diagnosis("C44.9").check());
            assertEquals(List.of(), Claim.critical().diagnosis("c43.9").check());
            assertEquals(List.of(), Claim.critical().diagnosis("Z944").check());
            assertEquals(List.of("V10"), Claim.critical().diagnosis("Z94.5").codes());
        }

        @Test
        void femaleCoversListedCancersAndCarcinomaInSitu() {
            assertEquals(List.of(), Claim.female().diagnosis("D07.3").check());
            assertEquals(List.of("V10"), Claim.female().diagnosis("D07.4").codes());
        }

        @Test
        void criticalAndFemaleNeedADiagnosis() {
            assertEquals(List.of(new Violation("V10", "diagnosisCode", "重大疾病互助保障理赔须填写诊断编码（ICD-10）",
                    "CRITICAL claims need an ICD-10 diagnosis code")), Claim.critical().diagnosis(null).check());
            assertEquals(List.of("V10"), Claim.female().diagnosis("  ").codes());
            assertEquals(List.of(), Claim.inpatient().diagnosis(null).check());
        }

        @Test
        void anyPlanRefusesSomethingThatIsNoIcdCode() {
            assertEquals(List.of(new Violation("V10", "diagnosisCode", "诊断编码 阑尾炎 不是有效的ICD-10编码",
                    "阑尾炎 is not an ICD-10 code")), Claim.inpatient().diagnosis("阑尾炎").check());
        }

        @Test
        void femaleIsNotPaidToAMan() {
            assertEquals(List.of(new Violation("V10", "planCode", "女职工特殊疾病互助保障仅限女职工，该会员为男性",
                    "FEMALE is for women; the member is a man")), Claim.female().man().check());
            assertEquals(List.of(), Claim.critical().man().check());
        }

        @Test
        void theAccidentPlanCoversNoIllness() {
            assertEquals(List.of(new Violation("V10", "cause", "意外伤害互助保障只保障意外事故，不保障疾病",
                    "ACCIDENT covers accidents, not illness")), Claim.accident(AccidentOutcome.DEATH).cause(Cause.ILLNESS).check());
        }

        @Test
        void anAccidentClaimSaysWhatItIsFor() {
            assertEquals(List.of("accidentOutcome"), Claim.accident(AccidentOutcome.DEATH).outcome(null).check().stream()
                    .map(Violation::field).toList());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 11})
        void aDisabilityGradeRunsFromOneToTen(int grade) {
            assertEquals(List.of(new Violation("V10", "disabilityGrade", "伤残理赔须填写1至10级的伤残等级",
                    "a disability claim needs a disability grade from 1 to 10")),
                    Claim.accident(AccidentOutcome.DISABILITY).disabilityGrade(grade).check());
        }

        @Test
        void theFirstAndTenthGradesAreAcceptedAndAMissingGradeIsNot() {
            assertEquals(List.of(), Claim.accident(AccidentOutcome.DISABILITY).disabilityGrade(1).check());
            assertEquals(List.of(), Claim.accident(AccidentOutcome.DISABILITY).disabilityGrade(10).check());
            assertEquals(List.of("V10"), Claim.accident(AccidentOutcome.DISABILITY).disabilityGrade(null).codes());
        }
    }

    @Nested
    class V11OnceOnlyBenefits {

        private final EnrolmentInPlan alreadyPaid = new EnrolmentInPlan(3L, YEAR_2026, 2, false, YEAR_2026.start(), true, false);
        private final EnrolmentInPlan ended = new EnrolmentInPlan(3L, YEAR_2026, 2, false, YEAR_2026.start(), false, true);

        @Test
        void criticalPaysOncePerEnrolment() {
            assertEquals(List.of(new Violation("V11", "planCode",
                            "该会员本期重大疾病互助保障（2026-01-01 至 2026-12-31）已核准或给付过，每期只给付一次",
                            "a CRITICAL benefit was already approved or settled on the enrolment 2026-01-01 to 2026-12-31;"
                                    + " it pays once")),
                    Claim.critical().enrolments(alreadyPaid).check());
        }

        @Test
        void anEndedFemaleEnrolmentPaysNoMore() {
            assertEquals(List.of(new Violation("V11", "planCode", "该会员本期女职工特殊疾病互助保障（2026-01-01 至 2026-12-31）已因给付而终止",
                            "the FEMALE enrolment 2026-01-01 to 2026-12-31 ended with its payout")),
                    Claim.female().enrolments(ended).check());
            assertEquals(List.of("V11"), Claim.female().enrolments(alreadyPaid).codes());
        }

        @Test
        void aNewEnrolmentPaysAgain() {
            CoveragePeriod year2027 = new CoveragePeriod(date("2027-01-01"), date("2027-12-31"));

            assertEquals(List.of(), Claim.critical().enrolments(alreadyPaid, renewal(year2027, YEAR_2026.start()))
                    .incident("2027-02-01").today("2027-02-02").check());
        }

        @Test
        void otherPlansPayMoreThanOnce() {
            assertEquals(List.of(), Claim.inpatient().enrolments(alreadyPaid).check());
        }
    }

    @Nested
    class V12OverlappingStays {

        @Test
        void sharingTheDischargeDayIsAnOverlap() {
            assertEquals(List.of(new Violation("V12", "admissionDate",
                            "住院期间 2026-05-02 至 2026-05-10 与理赔 HZ2026000007 的住院期间 2026-04-25 至 2026-05-02 重叠",
                            "the stay from 2026-05-02 to 2026-05-10 overlaps the stay of claim HZ2026000007 from "
                                    + "2026-04-25 to 2026-05-02")),
                    Claim.inpatient().otherStay("HZ2026000007", "2026-04-25", "2026-05-02").check());
        }

        @Test
        void dischargeTheDayBeforeOrAdmissionTheDayAfterIsNoOverlap() {
            assertEquals(List.of(), Claim.inpatient()
                    .otherStay("HZ2026000007", "2026-04-25", "2026-05-01")
                    .otherStay("HZ2026000008", "2026-05-11", "2026-05-20").check());
        }

        @Test
        void everyOverlappingClaimIsNamed() {
            List<Violation> violations = Claim.inpatient()
                    .otherStay("HZ2026000007", "2026-05-10", "2026-05-12")
                    .otherStay("HZ2026000008", "2026-05-03", "2026-05-04").check();

            assertEquals(List.of("V12", "V12"), violations.stream().map(Violation::code).toList());
        }

        @Test
        void aClaimWithoutAStayOverlapsNothing() {
            assertEquals(List.of(), Claim.critical().otherStay("HZ2026000007", "2026-04-25", "2026-05-02").check());
        }
    }

    @Nested
    class V13BankCard {

        @Test
        void aMissingCard() {
            assertEquals(List.of(new Violation("V13", "bankCard", "未登记银行卡号", "no bank card number is recorded")),
                    Claim.critical().bankCard(null).check());
        }

        @Test
        void aCardFailingLuhnIsNamedMasked() {
            List<Violation> violations = Claim.critical().bankCard("6217001234567890123").check();

            assertEquals(List.of(new Violation("V13", "bankCard", "银行卡号 **** 0123 未通过校验，请核对",
                    "bank card **** 0123 fails the Luhn check")), violations);
            assertFalse(violations.get(0).messageZh().contains("6217001234567890123"));
        }
    }

    @Nested
    class SeveralRulesAtOnce {

        @Test
        void reportsEveryFailureInRuleOrder() {
            List<Violation> violations = Claim.inpatient()
                    .incident("2026-02-01")                     // V04: day 31 of 90
                    .stay("2026-01-31", "2026-02-05")           // V06: incident after admission
                    .today("2027-02-06")                        // V05: window ended 2027-02-05
                    .invoices(invoice("04400001", "100.00", "50.00", "30.00", "19.99"))    // V07
                    .invoiceNumbersInUse("04400001")            // V08
                    .without(DocumentCode.EXPENSE_LIST)         // V09
                    .diagnosis("XYZ")                           // V10
                    .otherStay("HZ2026000007", "2026-02-05", "2026-02-08")                 // V12
                    .bankCard(null)                             // V13
                    .check();

            assertEquals(List.of("V04", "V05", "V06", "V07", "V08", "V09", "V10", "V12", "V13"),
                    violations.stream().map(Violation::code).toList());
            assertEquals(List.of("incidentDate", "dischargeDate", "incidentDate", "invoices[0].total",
                    "invoices[0].number", "documents", "diagnosisCode", "admissionDate", "bankCard"),
                    violations.stream().map(Violation::field).toList());
        }

        @Test
        void anUnknownMemberStillHasTheClaimItselfChecked() {
            List<Violation> violations = Claim.female().unknownMember()
                    .incident("2026-06-20")
                    .diagnosis("N18.5")
                    .without(DocumentCode.ID_COPY)
                    .check();

            assertEquals(List.of("V02", "V06", "V09", "V10"), violations.stream().map(Violation::code).toList());
        }

        @Test
        void aCriticalClaimOutsideCoverageWithAllElseWrong() {
            List<Violation> violations = Claim.critical()
                    .incident("2027-01-05")
                    .today("2027-01-04")
                    .diagnosis(null)
                    .without(DocumentCode.PATHOLOGY_REPORT)
                    .bankCard("1234")
                    .check();

            assertEquals(List.of("V03", "V06", "V09", "V10", "V13"), violations.stream().map(Violation::code).toList());
        }
    }
}
