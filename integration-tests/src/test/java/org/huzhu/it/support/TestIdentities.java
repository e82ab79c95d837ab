package org.huzhu.it.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid identifiers for test data, made with the check characters of SPEC §2: resident
 * IDs (ISO 7064 MOD 11-2), unified social credit codes (GB 32100) and bank cards (Luhn).
 */
public final class TestIdentities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestIdentities() {
    }

    /** A resident ID of someone born on that day in Dongcheng, Beijing, with a random sequence. */
    public static String residentId(LocalDate birthDate, boolean male) {
        int sequence = ThreadLocalRandom.current().nextInt(50) * 2 + (male ? 1 : 0);
        String body = "110101" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100)) + (sequence % 10);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    /** A unified social credit code of an enterprise (91) registered in Beijing, random otherwise. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("91110101");
        while (code.length() < 17) {
            code.append(CREDIT_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A 16-digit card number passing the Luhn check. */
    public static String bankCard() {
        StringBuilder card = new StringBuilder("622202");
        while (card.length() < 15) {
            card.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int digit = card.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return card.append((10 - sum % 10) % 10).toString();
    }
}
