package org.huzhu.it.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * Valid identifiers for test data, unique within a run and across runs on one database: resident
 * IDs, credit codes and bank cards with their check characters, made by the domain's own rules.
 */
public final class TestPeople {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 100);

    private TestPeople() {
    }

    /** A resident ID for someone born on {@code birth}: digit 17 odd for a man, even for a woman. */
    public static String residentId(LocalDate birth, boolean female) {
        long n = SEQUENCE.incrementAndGet();
        // each n its own region and order, so two people of one sex in a row never share an ID
        int region = 110000 + (int) (n / 500 % 890_000);
        int order = (int) (n % 500) * 2 + (female ? 0 : 1);
        String first17 = "%06d%s%03d".formatted(region, birth.toString().replace("-", ""), order);
        return first17 + ResidentId.checkCharacterFor(first17);
    }

    public static String creditCode() {
        String first17 = "91%015d".formatted(SEQUENCE.incrementAndGet());
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    public static String bankCard() {
        String digits = "622202%09d".formatted(SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return digits + BankCard.checkDigitFor(digits);
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }
}
