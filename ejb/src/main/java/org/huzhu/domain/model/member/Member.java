package org.huzhu.domain.model.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.MobilePhoneConverter;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.ResidentIdConverter;

/**
 * An enrolled worker (会员). Gender and birth date come from the resident ID, never typed.
 * The ID and bank card leave this class masked unless a payment file needs the card.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_no", nullable = false, unique = true)
    private String memberNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private String name;

    @Column(name = "id_number", nullable = false, unique = true)
    @Convert(converter = ResidentIdConverter.class)
    private ResidentId residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = MobilePhoneConverter.class)
    private MobilePhone phone;

    @Column(name = "bank_card")
    private String bankCard;

    @Column(name = "bank_name")
    private String bankName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberCategory category;

    @Column(name = "free_cover", nullable = false)
    private boolean freeCover;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Member() {
    }

    public Member(String memberNo, Unit unit, String name, ResidentId residentId, MobilePhone phone,
                  BankCard bankCard, String bankName, MemberCategory category, boolean freeCover) {
        this.memberNo = Objects.requireNonNull(memberNo, "memberNo");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.name = Objects.requireNonNull(name, "name");
        this.residentId = residentId;
        this.gender = residentId.gender();
        this.birthDate = residentId.birthDate();
        this.phone = phone;
        this.bankCard = bankCard == null ? null : bankCard.number();
        this.bankName = bankName;
        this.category = Objects.requireNonNull(category, "category");
        this.freeCover = freeCover;
    }

    /** Whom the bank pays: name, card and bank as they stand. */
    public Payee payee() {
        return new Payee(name, bankCard, bankName);
    }

    /**
     * Takes a new payee. Only {@link PayeeChange}'s rules call for it: at once when no money is on its way to the
     * member, else once a second person confirmed it.
     */
    public void changePayee(Payee payee) {
        this.name = payee.name();
        this.bankCard = payee.bankCard();
        this.bankName = payee.bankName();
    }

    /** Moves the member to another unit, once a reviewer confirmed what a roster asked for. */
    public void moveTo(Unit newUnit) {
        this.unit = Objects.requireNonNull(newUnit, "newUnit");
    }

    public Long id() {
        return id;
    }

    public String memberNo() {
        return memberNo;
    }

    public Unit unit() {
        return unit;
    }

    public String name() {
        return name;
    }

    /** The ID as registered; it was checked against the date of registration then. */
    public ResidentId residentId() {
        return residentId;
    }

    public String maskedId() {
        return residentId().masked();
    }

    public Gender gender() {
        return gender;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The phone on record, which notices and the sign-in code go to; a roster may bring none. */
    public Optional<MobilePhone> phone() {
        return Optional.ofNullable(phone);
    }

    /** The card as stored: possibly missing or wrong (V13 says so at intake). */
    public String bankCardNumber() {
        return bankCard;
    }

    public String maskedBankCard() {
        return bankCard == null ? null : BankCard.mask(bankCard);
    }

    public String bankName() {
        return bankName;
    }

    public MemberCategory category() {
        return category;
    }

    public boolean freeCover() {
        return freeCover;
    }
}
