package org.huzhu.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.huzhu.domain.model.shared.Money;

/**
 * An invoice of a claim. {@code inUse} is true while the claim is neither REJECTED nor DECLINED:
 * a unique index on the numbers in use lets the database, not a prior SELECT, decide V08.
 */
@Entity
@Table(name = "claim_invoice")
public class ClaimInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    private int position;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "fund_paid", nullable = false)
    private BigDecimal fundPaid;

    @Column(name = "policy_self_paid", nullable = false)
    private BigDecimal policySelfPaid;

    @Column(name = "out_of_policy", nullable = false)
    private BigDecimal outOfPolicy;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    protected ClaimInvoice() {
    }

    ClaimInvoice(Claim claim, int position, Invoice invoice, boolean inUse) {
        this.claim = claim;
        this.position = position;
        this.number = invoice.number();
        this.total = invoice.total().amount();
        this.fundPaid = invoice.fundPaid().amount();
        this.policySelfPaid = invoice.policySelfPaid().amount();
        this.outOfPolicy = invoice.outOfPolicy().amount();
        this.inUse = inUse;
    }

    void release() {
        inUse = false;
    }

    public int position() {
        return position;
    }

    public boolean inUse() {
        return inUse;
    }

    public Invoice toInvoice() {
        return new Invoice(number, Money.of(total), Money.of(fundPaid), Money.of(policySelfPaid), Money.of(outOfPolicy));
    }
}
