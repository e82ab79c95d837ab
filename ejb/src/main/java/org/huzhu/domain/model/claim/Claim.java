package org.huzhu.domain.model.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Violation;

/**
 * A claim (理赔申请) as the clerk entered it, in its current version, with where it stands.
 * Every version and every transition is kept ({@link ClaimVersion}, the audit log); a claim is
 * never deleted, rejected ones included.
 */
@Entity
@Table(name = "claim")
public class Claim {

    /** The audit trail's entity type of a claim: its entries name the claim by number. */
    public static final String AUDIT_ENTITY = "CLAIM";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_no", nullable = false, unique = true, updatable = false)
    private String claimNo;

    @Column(name = "member_no", nullable = false)
    private String memberNo;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_code", nullable = false)
    private PlanCode planCode;

    @Column(name = "enrollment_id")
    private Long enrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cause cause;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(name = "admission_date")
    private LocalDate admissionDate;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    private String hospital;

    @Column(name = "diagnosis_code")
    private String diagnosisCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "accident_outcome")
    private AccidentOutcome accidentOutcome;

    @Column(name = "disability_grade")
    private Integer disabilityGrade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Complexity complexity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] documents = new String[0];

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    /** The Beijing day of the approval: a settlement run dated on or after it settles the claim. */
    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ClaimInvoice> invoices = new ArrayList<>();

    protected Claim() {
    }

    /** A new claim, entered by {@code clerk}; {@link #recordVersion} gives it its content. */
    public Claim(String claimNo, String clerk) {
        this.claimNo = Objects.requireNonNull(claimNo, "claimNo");
        this.enteredBy = Objects.requireNonNull(clerk, "clerk");
        this.status = ClaimStatus.SUBMITTED;
    }

    /**
     * Takes the content of a submission (the first, or a correction of a REJECTED claim) and the
     * outcome of the rules: VALIDATED when no rule failed, else REJECTED with every failure.
     */
    public ClaimVersion recordVersion(ClaimDraft draft, Long memberId, Long coveringEnrollmentId,
                                      List<Violation> violations, String submittedBy, Instant at, LocalDate dueDate) {
        if (currentVersion > 0 && status != ClaimStatus.REJECTED) {
            throw new IllegalStateException("only a rejected claim can be corrected; " + claimNo + " is " + status);
        }
        this.currentVersion++;
        this.memberNo = draft.memberNo();
        this.memberId = memberId;
        this.planCode = draft.planCode();
        this.enrollmentId = coveringEnrollmentId;
        this.cause = draft.cause();
        this.incidentDate = draft.incidentDate();
        this.admissionDate = draft.admissionDate();
        this.dischargeDate = draft.dischargeDate();
        this.hospital = draft.hospital();
        this.diagnosisCode = draft.diagnosisCode();
        this.accidentOutcome = draft.accidentOutcome();
        this.disabilityGrade = draft.disabilityGrade();
        this.complexity = draft.complexity();
        this.documents = draft.documents().stream().map(Enum::name).sorted().toArray(String[]::new);
        this.submittedAt = at;
        this.dueDate = dueDate;
        this.status = violations.isEmpty() ? ClaimStatus.VALIDATED : ClaimStatus.REJECTED;
        this.invoices.clear();
        for (int i = 0; i < draft.invoices().size(); i++) {
            invoices.add(new ClaimInvoice(this, i, draft.invoices().get(i), holdsInvoices()));
        }
        return new ClaimVersion(this, currentVersion, draft, violations, submittedBy, at);
    }

    /**
     * The reviewer's yes (审核通过) on that Beijing day; never someone who put anything into the claim (four eyes). The
     * first settlement run dated on or after that day settles it.
     */
    public void approve(String reviewer, ClaimContributors contributors, LocalDate on) {
        Objects.requireNonNull(on, "on");
        review(reviewer, contributors, ClaimStatus.APPROVED);
        this.approvedOn = on;
    }

    /** The reviewer's no (不予赔付): its invoices and stay are free again. */
    public void decline(String reviewer, ClaimContributors contributors) {
        review(reviewer, contributors, ClaimStatus.DECLINED);
        invoices.forEach(ClaimInvoice::release);
    }

    private void review(String reviewer, ClaimContributors contributors, ClaimStatus decision) {
        if (!status.canMoveTo(decision)) {
            throw new ClaimStateException(claimNo, status, decision);
        }
        if (reviewer.equals(enteredBy) || contributors.includes(reviewer)) {
            throw new FourEyesException(claimNo);
        }
        this.reviewedBy = reviewer;
        this.status = decision;
    }

    private boolean holdsInvoices() {
        return status.holdsInvoicesAndStay();
    }

    public Long id() {
        return id;
    }

    public String claimNo() {
        return claimNo;
    }

    public String memberNo() {
        return memberNo;
    }

    public Long memberId() {
        return memberId;
    }

    public PlanCode planCode() {
        return planCode;
    }

    public Long enrollmentId() {
        return enrollmentId;
    }

    public ClaimStatus status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Cause cause() {
        return cause;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public LocalDate dischargeDate() {
        return dischargeDate;
    }

    public String hospital() {
        return hospital;
    }

    public String diagnosisCode() {
        return diagnosisCode;
    }

    public AccidentOutcome accidentOutcome() {
        return accidentOutcome;
    }

    public Integer disabilityGrade() {
        return disabilityGrade;
    }

    public Complexity complexity() {
        return complexity;
    }

    public Set<DocumentCode> documents() {
        Set<DocumentCode> codes = EnumSet.noneOf(DocumentCode.class);
        Arrays.stream(documents).map(DocumentCode::valueOf).forEach(codes::add);
        return codes;
    }

    /** The documents received, by code, in the order they are stored (sorted by name). */
    public List<String> documentCodes() {
        return List.of(documents);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    /** The Beijing day it was approved; null unless it was. */
    public LocalDate approvedOn() {
        return approvedOn;
    }

    public List<ClaimInvoice> invoices() {
        return List.copyOf(invoices);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueDate);
    }
}
