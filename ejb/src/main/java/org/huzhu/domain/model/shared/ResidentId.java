package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 17 digits, the 7th to 14th the birth
 * date, the 17th odd for a man, then an ISO 7064 MOD 11-2 check character. A lowercase
 * {@code x} is read as {@code X}. {@link #toString()} is the masked form, so that an ID written
 * to a log by accident is masked too.
 */
public final class ResidentId implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RULE_CODE = "V01";

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** The standard's own example was born in 1880; anything earlier cannot belong to a living person. */
    private static final int EARLIEST_BIRTH_YEAR = 1800;

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and checks an ID typed by a clerk or read from a roster.
     *
     * @param today the current date in Asia/Shanghai; a birth date after it is refused
     * @throws InvalidValueException with code {@code V01}
     */
    public static ResidentId parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isBlank()) {
            throw invalid("身份证号码不能为空", "the resident ID is missing");
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(candidate).matches()) {
            throw invalid("身份证号码应为18位：17位数字加1位校验码（数字或X），当前输入" + candidate.length() + "位",
                    "a resident ID is 17 digits and a check character (digit or X); got "
                            + candidate.length() + " characters");
        }
        String masked = mask(candidate);
        if (candidate.charAt(17) != checkCharacterOf(candidate)) {
            throw invalid("身份证号码 " + masked + " 校验码错误", "resident ID " + masked + " has a wrong check character");
        }
        LocalDate birthDate = birthDateIn(candidate, masked);
        if (birthDate.isAfter(today)) {
            throw invalid("身份证号码 " + masked + " 的出生日期晚于今天",
                    "resident ID " + masked + " has a birth date in the future");
        }
        return new ResidentId(candidate, birthDate);
    }

    /** The check character that completes the first 17 characters: for making IDs (demo data, tests). */
    public static char checkCharacterFor(String first17) {
        return checkCharacterOf(first17);
    }

    private static char checkCharacterOf(String id) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDateIn(String id, String masked) {
        try {
            LocalDate date = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
            if (date.getYear() >= EARLIEST_BIRTH_YEAR) {
                return date;
            }
        } catch (DateTimeException notADate) {
            // reported below, like a date too early to be real
        }
        throw invalid("身份证号码 " + masked + " 中的出生日期不是有效日期",
                "resident ID " + masked + " holds an impossible birth date");
    }

    /**
     * The masked form of a stored 18-character ID without checking it again: letters print what the register
     * holds, including IDs imported before the checks existed.
     */
    public static String mask(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private static InvalidValueException invalid(String messageZh, String messageEn) {
        return new InvalidValueException(RULE_CODE, messageZh, messageEn);
    }

    /** The full ID; only for storage and for the bank, never for logs or pages. */
    public String value() {
        return value;
    }

    /** First 6 and last 4 characters, the rest starred: {@code 360502********1234}. */
    public String masked() {
        return mask(value);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Completed years of age (周岁) on {@code date}; someone born on 29 February turns a year older on 1 March. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
