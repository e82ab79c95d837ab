package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.domain.model.claim.ClaimContext.EnrolmentInPlan;
import org.huzhu.domain.model.claim.ClaimContext.OtherClaimStay;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.ClaimWindow;
import org.huzhu.domain.model.plan.DiagnosisCoverage;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;

/**
 * The intake rules V02–V13 of SPEC.md §5. Every rule is evaluated on every claim and every
 * failure is reported, each with the JSON field of the claim body it concerns. A rule that
 * needs what an earlier failure says is absent (the member, a covering enrolment, a complete
 * stay) has nothing to check and stays silent, so one mistake is not reported several times.
 */
public final class ClaimRuleSet {

    public static final String MEMBER_NOT_ENROLLED = "V02";
    public static final String NOT_COVERED_ON_INCIDENT_DATE = "V03";
    public static final String IN_WAITING_PERIOD = "V04";
    public static final String CLAIM_WINDOW_CLOSED = "V05";
    public static final String DATES_INCONSISTENT = "V06";
    public static final String INVOICE_AMOUNTS_INCONSISTENT = "V07";
    public static final String INVOICE_NUMBER_IN_USE = "V08";
    public static final String DOCUMENTS_MISSING = "V09";
    public static final String NOT_COVERED_BY_PLAN = "V10";
    public static final String BENEFIT_ALREADY_PAID = "V11";
    public static final String STAY_OVERLAPS = "V12";
    public static final String BANK_CARD_INVALID = BankCard.RULE_CODE;

    private static final int LOWEST_DISABILITY_GRADE = 10;

    private ClaimRuleSet() {
    }

    /** @return every rule the claim breaks, in rule order; empty for a valid claim */
    public static List<Violation> check(ClaimDraft draft, ClaimContext context) {
        if (draft.planCode() != context.terms().plan()) {
            throw new IllegalArgumentException("a " + draft.planCode() + " claim checked against the terms of "
                    + context.terms().plan());
        }
        return new Evaluation(draft, context).run();
    }

    /** The dates of a claim, by their field in the claim body. */
    private enum DateField {
        INCIDENT("incidentDate", "出险日期", "incident date", ClaimDraft::incidentDate),
        ADMISSION("admissionDate", "入院日期", "admission date", ClaimDraft::admissionDate),
        DISCHARGE("dischargeDate", "出院日期", "discharge date", ClaimDraft::dischargeDate);

        final String field;
        final String labelZh;
        final String labelEn;
        private final Function<ClaimDraft, LocalDate> date;

        DateField(String field, String labelZh, String labelEn, Function<ClaimDraft, LocalDate> date) {
            this.field = field;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
            this.date = date;
        }

        LocalDate of(ClaimDraft draft) {
            return date.apply(draft);
        }
    }

    /** The three parts of an invoice, which must not be negative and must add up to its total. */
    private enum InvoicePart {
        FUND_PAID("fundPaid", "统筹支付", Invoice::fundPaid),
        POLICY_SELF_PAID("policySelfPaid", "政策内自付", Invoice::policySelfPaid),
        OUT_OF_POLICY("outOfPolicy", "政策外自费", Invoice::outOfPolicy);

        final String field;
        final String labelZh;
        private final Function<Invoice, Money> amount;

        InvoicePart(String field, String labelZh, Function<Invoice, Money> amount) {
            this.field = field;
            this.labelZh = labelZh;
            this.amount = amount;
        }

        Money of(Invoice invoice) {
            return amount.apply(invoice);
        }
    }

    /** One run of the rules over one claim, collecting what fails. */
    private static final class Evaluation {

        private final ClaimDraft draft;
        private final ClaimContext context;
        private final PlanTerms terms;
        private final String planName;
        private final Optional<EnrolmentInPlan> coveringEnrolment;
        private final List<Violation> violations = new ArrayList<>();

        Evaluation(ClaimDraft draft, ClaimContext context) {
            this.draft = draft;
            this.context = context;
            this.terms = context.terms();
            this.planName = terms.plan().chineseName();
            this.coveringEnrolment = context.enrolmentCovering(draft.incidentDate());
        }

        List<Violation> run() {
            memberIsEnrolledInPlan();
            enrolmentCoversIncidentDate();
            incidentIsPastWaitingPeriod();
            claimIsWithinWindow();
            datesAreConsistent();
            invoiceAmountsAddUp();
            invoiceNumbersAreUnused();
            requiredDocumentsReceived();
            claimIsCoveredByPlan();
            onceOnlyBenefitNotYetTaken();
            stayDoesNotOverlapOtherClaims();
            bankCardIsValid();
            return List.copyOf(violations);
        }

        private void fail(String code, String field, String messageZh, String messageEn) {
            violations.add(new Violation(code, field, messageZh, messageEn));
        }

        private void memberIsEnrolledInPlan() {
            if (!context.memberKnown()) {
                fail(MEMBER_NOT_ENROLLED, "memberNo", "会员编号 " + draft.memberNo() + " 不存在",
                        "there is no member " + draft.memberNo());
            } else if (context.claimant().enrolmentsInPlan().isEmpty()) {
                fail(MEMBER_NOT_ENROLLED, "planCode", "会员未参加" + planName,
                        "the member is not enrolled in " + terms.plan());
            }
        }

        private void enrolmentCoversIncidentDate() {
            if (context.memberKnown() && !context.claimant().enrolmentsInPlan().isEmpty()
                    && coveringEnrolment.isEmpty()) {
                fail(NOT_COVERED_ON_INCIDENT_DATE, "incidentDate",
                        "出险日期 " + draft.incidentDate() + " 不在会员任何一期" + planName + "的保障期内",
                        "no " + terms.plan() + " enrolment of the member covers the incident date "
                                + draft.incidentDate());
            }
        }

        private void incidentIsPastWaitingPeriod() {
            if (draft.cause() != Cause.ILLNESS) {
                return;
            }
            coveringEnrolment.filter(enrolment -> !enrolment.renewal()).ifPresent(enrolment -> {
                long days = ChronoUnit.DAYS.between(enrolment.chainStart(), draft.incidentDate());
                if (days < terms.illnessWaitingDays()) {
                    fail(IN_WAITING_PERIOD, "incidentDate",
                            "出险日期 " + draft.incidentDate() + " 在等待期内：距保障起始日 " + enrolment.chainStart()
                                    + " 仅 " + days + " 天，等待期为 " + terms.illnessWaitingDays() + " 天",
                            "incident date " + draft.incidentDate() + " is inside the waiting period: " + days
                                    + " days after coverage started on " + enrolment.chainStart() + ", waiting period "
                                    + terms.illnessWaitingDays() + " days");
                }
            });
        }

        private void claimIsWithinWindow() {
            ClaimWindow window = terms.claimWindow();
            DateField from = window.from() == ClaimWindow.Start.DISCHARGE ? DateField.DISCHARGE : DateField.INCIDENT;
            LocalDate start = from.of(draft);
            if (start == null || !context.today().isAfter(window.lastDayAfter(start))) {
                return;
            }
            fail(CLAIM_WINDOW_CLOSED, from.field,
                    "已超过理赔时效：应在" + window.from().labelZh() + " " + start + " 后 " + window.days()
                            + " 天内申请，最迟 " + window.lastDayAfter(start),
                    "the claim window has closed: claims are due within " + window.days() + " days after the "
                            + window.from().labelEn() + " " + start + ", by " + window.lastDayAfter(start));
        }

        private void datesAreConsistent() {
            if (terms.plan().needsHospitalStay()) {
                for (DateField stayDate : List.of(DateField.ADMISSION, DateField.DISCHARGE)) {
                    if (stayDate.of(draft) == null) {
                        fail(DATES_INCONSISTENT, stayDate.field, planName + "理赔须填写" + stayDate.labelZh,
                                terms.plan() + " claims need the " + stayDate.labelEn);
                    }
                }
            }
            for (DateField dateField : DateField.values()) {
                LocalDate date = dateField.of(draft);
                if (date != null && date.isAfter(context.today())) {
                    fail(DATES_INCONSISTENT, dateField.field,
                            dateField.labelZh + " " + date + " 晚于今天 " + context.today(),
                            "the " + dateField.labelEn + " " + date + " is after today " + context.today());
                }
            }
            if (draft.admissionDate() != null && draft.incidentDate().isAfter(draft.admissionDate())) {
                fail(DATES_INCONSISTENT, "incidentDate",
                        "出险日期 " + draft.incidentDate() + " 晚于入院日期 " + draft.admissionDate(),
                        "the incident date " + draft.incidentDate() + " is after the admission date "
                                + draft.admissionDate());
            }
            if (draft.admissionDate() != null && draft.dischargeDate() != null
                    && draft.admissionDate().isAfter(draft.dischargeDate())) {
                fail(DATES_INCONSISTENT, "dischargeDate",
                        "出院日期 " + draft.dischargeDate() + " 早于入院日期 " + draft.admissionDate(),
                        "the discharge date " + draft.dischargeDate() + " is before the admission date "
                                + draft.admissionDate());
            }
        }

        private void invoiceAmountsAddUp() {
            if (draft.invoices().isEmpty() && requiredDocuments().contains(DocumentCode.INVOICE)) {
                fail(INVOICE_AMOUNTS_INCONSISTENT, "invoices", planName + "理赔须录入医疗费用发票",
                        "this " + terms.plan() + " claim needs its medical invoices");
            }
            for (int i = 0; i < draft.invoices().size(); i++) {
                Invoice invoice = draft.invoices().get(i);
                String field = "invoices[" + i + "].";
                if (!invoice.total().isPositive()) {
                    fail(INVOICE_AMOUNTS_INCONSISTENT, field + "total",
                            "发票 " + invoice.number() + " 的总额 " + invoice.total() + " 必须大于零",
                            "invoice " + invoice.number() + " has a total of " + invoice.total()
                                    + "; it must be above zero");
                }
                for (InvoicePart part : InvoicePart.values()) {
                    if (part.of(invoice).isNegative()) {
                        fail(INVOICE_AMOUNTS_INCONSISTENT, field + part.field,
                                "发票 " + invoice.number() + " 的" + part.labelZh + " " + part.of(invoice) + " 不能为负数",
                                "invoice " + invoice.number() + " has a negative " + part.field + " of "
                                        + part.of(invoice));
                    }
                }
                if (!invoice.sumOfParts().equals(invoice.total())) {
                    fail(INVOICE_AMOUNTS_INCONSISTENT, field + "total",
                            "发票 " + invoice.number() + " 金额不一致：统筹支付 " + invoice.fundPaid() + " + 政策内自付 "
                                    + invoice.policySelfPaid() + " + 政策外自费 " + invoice.outOfPolicy() + " = "
                                    + invoice.sumOfParts() + "，与总额 " + invoice.total() + " 不符",
                            "invoice " + invoice.number() + " does not add up: fundPaid " + invoice.fundPaid()
                                    + " + policySelfPaid " + invoice.policySelfPaid() + " + outOfPolicy "
                                    + invoice.outOfPolicy() + " = " + invoice.sumOfParts() + ", not the total "
                                    + invoice.total());
                }
            }
        }

        private void invoiceNumbersAreUnused() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < draft.invoices().size(); i++) {
                String number = draft.invoices().get(i).number();
                String field = "invoices[" + i + "].number";
                if (context.invoiceNumbersInUse().contains(number)) {
                    fail(INVOICE_NUMBER_IN_USE, field, "发票号码 " + number + " 已在其他理赔中使用",
                            "invoice number " + number + " is already used by another claim");
                } else if (!seen.add(number)) {
                    fail(INVOICE_NUMBER_IN_USE, field, "发票号码 " + number + " 在本次理赔中重复录入",
                            "invoice number " + number + " is entered twice in this claim");
                }
            }
        }

        private void requiredDocumentsReceived() {
            Set<DocumentCode> missing = terms.requiredDocuments().missingFrom(draft.documents(), accidentOutcome());
            if (!missing.isEmpty()) {
                fail(DOCUMENTS_MISSING, "documents",
                        "缺少材料：" + missing.stream().map(d -> d.label() + "（" + d + "）").collect(Collectors.joining("、")),
                        "missing documents: " + missing.stream().map(DocumentCode::name).collect(Collectors.joining(", ")));
            }
        }

        private void claimIsCoveredByPlan() {
            if (terms.plan().coversAccidentsOnly()) {
                accidentIsDescribed();
            }
            diagnosisIsCovered();
            if (terms.womenOnly() && context.memberKnown() && context.claimant().gender() == Gender.MALE) {
                fail(NOT_COVERED_BY_PLAN, "planCode", planName + "仅限女职工，该会员为男性",
                        terms.plan() + " is for women; the member is a man");
            }
        }

        private void accidentIsDescribed() {
            if (draft.cause() != Cause.ACCIDENT) {
                fail(NOT_COVERED_BY_PLAN, "cause", planName + "只保障意外事故，不保障疾病",
                        terms.plan() + " covers accidents, not illness");
            }
            if (draft.accidentOutcome() == null) {
                fail(NOT_COVERED_BY_PLAN, "accidentOutcome", "意外伤害理赔须选择身故、伤残或医疗费用",
                        "an accident claim must say whether it is for death, disability or medical costs");
            } else if (draft.accidentOutcome() == AccidentOutcome.DISABILITY
                    && (draft.disabilityGrade() == null || draft.disabilityGrade() < 1
                        || draft.disabilityGrade() > LOWEST_DISABILITY_GRADE)) {
                fail(NOT_COVERED_BY_PLAN, "disabilityGrade", "伤残理赔须填写1至10级的伤残等级",
                        "a disability claim needs a disability grade from 1 to 10");
            }
        }

        private void diagnosisIsCovered() {
            DiagnosisCoverage coverage = terms.coveredDiagnoses();
            String code = draft.diagnosisCode();
            if (code == null || code.isBlank()) {
                if (coverage.isRestricted()) {
                    fail(NOT_COVERED_BY_PLAN, "diagnosisCode", planName + "理赔须填写诊断编码（ICD-10）",
                            terms.plan() + " claims need an ICD-10 diagnosis code");
                }
            } else if (DiagnosisCoverage.normalise(code).isEmpty()) {
                fail(NOT_COVERED_BY_PLAN, "diagnosisCode", "诊断编码 " + code.strip() + " 不是有效的ICD-10编码",
                        code.strip() + " is not an ICD-10 code");
            } else if (!coverage.covers(code)) {
                fail(NOT_COVERED_BY_PLAN, "diagnosisCode",
                        "诊断编码 " + code.strip() + " 不在" + planName + "的保障范围内（" + coverage + "）",
                        "diagnosis " + code.strip() + " is not covered by " + terms.plan() + " (" + coverage + ")");
            }
        }

        private void onceOnlyBenefitNotYetTaken() {
            if (!terms.plan().paysOncePerEnrolment()) {
                return;
            }
            coveringEnrolment.ifPresent(enrolment -> {
                String period = enrolment.coverage().start() + " 至 " + enrolment.coverage().end();
                String periodEn = enrolment.coverage().start() + " to " + enrolment.coverage().end();
                if (enrolment.benefitApprovedOrSettled()) {
                    fail(BENEFIT_ALREADY_PAID, "planCode",
                            "该会员本期" + planName + "（" + period + "）已核准或给付过，每期只给付一次",
                            "a " + terms.plan() + " benefit was already approved or settled on the enrolment "
                                    + periodEn + "; it pays once");
                } else if (enrolment.ended()) {
                    fail(BENEFIT_ALREADY_PAID, "planCode",
                            "该会员本期" + planName + "（" + period + "）已因给付而终止",
                            "the " + terms.plan() + " enrolment " + periodEn + " ended with its payout");
                }
            });
        }

        private void stayDoesNotOverlapOtherClaims() {
            draft.hospitalStay().ifPresent(stay -> {
                for (OtherClaimStay other : context.otherStays()) {
                    if (stay.overlaps(other.stay())) {
                        fail(STAY_OVERLAPS, "admissionDate",
                                "住院期间 " + stay.admission() + " 至 " + stay.discharge() + " 与理赔 " + other.claimNumber()
                                        + " 的住院期间 " + other.stay().admission() + " 至 " + other.stay().discharge()
                                        + " 重叠",
                                "the stay from " + stay.admission() + " to " + stay.discharge()
                                        + " overlaps the stay of claim " + other.claimNumber() + " from "
                                        + other.stay().admission() + " to " + other.stay().discharge());
                    }
                }
            });
        }

        private void bankCardIsValid() {
            if (!context.memberKnown()) {
                return;
            }
            try {
                BankCard.parse(context.claimant().bankCard());
            } catch (InvalidValueException e) {
                violations.add(e.toViolation("bankCard"));
            }
        }

        private Set<DocumentCode> requiredDocuments() {
            return terms.requiredDocuments().forClaim(accidentOutcome());
        }

        /** Only an ACCIDENT claim's outcome decides documents; the field is ignored on other plans. */
        private AccidentOutcome accidentOutcome() {
            return terms.plan().coversAccidentsOnly() ? draft.accidentOutcome() : null;
        }
    }
}
