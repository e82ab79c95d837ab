package org.huzhu.domain.model.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.huzhu.domain.model.shared.Violation;

/**
 * What a password chosen by its holder must be: long enough, not the old one, not the user name, not
 * something others know about the holder (resident ID, birth date, phone) and not one of the commonest
 * passwords, which are the first that anyone guessing tries.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final String CODE = "PASSWORD";
    private static final String FIELD = "newPassword";
    private static final String COMMON_PASSWORDS = "common-passwords.txt";
    private static final Set<String> COMMON = loadCommonPasswords();
    private static final List<DateTimeFormatter> DATE_FORMS = List.of("yyyyMMdd", "ddMMyyyy", "MMddyyyy", "yyMMdd")
            .stream().map(DateTimeFormatter::ofPattern).toList();

    /** What is known about a member that others may know too; all null for staff. */
    public record HolderDetails(String residentId, LocalDate birthDate, String phone) {

        public static final HolderDetails NONE = new HolderDetails(null, null, null);

        @Override
        public String toString() {
            return "HolderDetails[(hidden)]";
        }
    }

    private PasswordPolicy() {
    }

    public static List<Violation> check(String username, char[] currentPassword, char[] newPassword) {
        return check(username, currentPassword, newPassword, HolderDetails.NONE);
    }

    public static List<Violation> check(String username, char[] currentPassword, char[] newPassword, HolderDetails holder) {
        List<Violation> weaknesses = new ArrayList<>();
        String chosen = String.valueOf(newPassword);
        String lower = chosen.toLowerCase(Locale.ROOT);
        if (newPassword.length < MINIMUM_LENGTH) {
            weaknesses.add(weakness("新密码至少 " + MINIMUM_LENGTH + " 位", "the new password needs at least " + MINIMUM_LENGTH + " characters"));
        }
        if (Arrays.equals(newPassword, currentPassword)) {
            weaknesses.add(weakness("新密码不能与当前密码相同", "the new password must differ from the current one"));
        }
        if (lower.equals(username.toLowerCase(Locale.ROOT))) {
            weaknesses.add(weakness("新密码不能与用户名相同", "the new password must not be the user name"));
        }
        if (isCommon(lower)) {
            weaknesses.add(weakness("新密码是最常见的密码之一，容易被猜中", "the new password is one of the commonest passwords, easily guessed"));
        }
        if (holder.residentId() != null && isResidentIdBased(lower, holder.residentId().toLowerCase(Locale.ROOT))) {
            weaknesses.add(weakness("新密码不能是身份证号码或其中一段", "the new password must not be the resident ID number or part of it"));
        }
        if (holder.birthDate() != null && containsDate(lower, holder.birthDate())) {
            weaknesses.add(weakness("新密码不能含出生日期", "the new password must not contain the birth date"));
        }
        if (holder.phone() != null && lower.contains(holder.phone())) {
            weaknesses.add(weakness("新密码不能含手机号码", "the new password must not contain the phone number"));
        }
        return weaknesses;
    }

    /** Common passwords are refused as they are and with a digit or two, or a "!", appended, the commonest variation. */
    static boolean isCommon(String lowerCasePassword) {
        String stem = lowerCasePassword.replaceFirst("(\\d{1,2}|!)$", "");
        return COMMON.contains(lowerCasePassword) || (!stem.isEmpty() && COMMON.contains(stem));
    }

    /** The whole ID, or its last six or eight characters: a common choice ("身份证后六位") and on every copy of the card. */
    private static boolean isResidentIdBased(String password, String residentId) {
        return password.contains(residentId)
                || password.equals(residentId.substring(residentId.length() - 6))
                || password.equals(residentId.substring(residentId.length() - 8));
    }

    private static boolean containsDate(String password, LocalDate date) {
        return DATE_FORMS.stream().map(date::format).anyMatch(password::contains);
    }

    private static Violation weakness(String messageZh, String messageEn) {
        return new Violation(CODE, FIELD, messageZh, messageEn);
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        try (InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (list == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
