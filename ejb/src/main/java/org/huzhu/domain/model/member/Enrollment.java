package org.huzhu.domain.model.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;

/** One member's cover in one plan (参保) for a coverage period, with its shares and who paid. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_code", nullable = false)
    private PlanCode planCode;

    @Column(name = "plan_version_id", nullable = false)
    private long planVersionId;

    private int shares;

    @Column(name = "coverage_start", nullable = false)
    private LocalDate coverageStart;

    @Column(name = "coverage_end", nullable = false)
    private LocalDate coverageEnd;

    @Column(nullable = false)
    private BigDecimal contribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Payer payer;

    private boolean renewal;

    @Column(name = "chain_start", nullable = false)
    private LocalDate chainStart;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Enrollment() {
    }

    public Enrollment(Member member, PlanCode planCode, long planVersionId, int shares, CoveragePeriod coverage,
                      Money contribution, Payer payer, boolean renewal, LocalDate chainStart) {
        this.member = Objects.requireNonNull(member, "member");
        this.planCode = Objects.requireNonNull(planCode, "planCode");
        this.planVersionId = planVersionId;
        this.shares = shares;
        this.coverageStart = coverage.start();
        this.coverageEnd = coverage.end();
        this.contribution = contribution.roundedToFen().amount();
        this.payer = Objects.requireNonNull(payer, "payer");
        this.renewal = renewal;
        this.chainStart = Objects.requireNonNull(chainStart, "chainStart");
    }

    public Long id() {
        return id;
    }

    public Member member() {
        return member;
    }

    public PlanCode planCode() {
        return planCode;
    }

    public long planVersionId() {
        return planVersionId;
    }

    public int shares() {
        return shares;
    }

    public CoveragePeriod coverage() {
        return new CoveragePeriod(coverageStart, coverageEnd);
    }

    public Money contribution() {
        return Money.of(contribution);
    }

    public Payer payer() {
        return payer;
    }

    public boolean renewal() {
        return renewal;
    }

    public LocalDate chainStart() {
        return chainStart;
    }

    public boolean hasEnded() {
        return endedOn != null;
    }
}
