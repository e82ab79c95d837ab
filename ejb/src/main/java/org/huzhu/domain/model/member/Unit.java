package org.huzhu.domain.model.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.huzhu.domain.model.shared.CreditCode;

/** An employer (基层单位) whose workers are members; identified by its unified social credit code. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String uscc;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Unit() {
    }

    public Unit(String code, String name, CreditCode uscc) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.uscc = uscc.value();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String uscc() {
        return uscc;
    }
}
