package org.huzhu.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members as a roster import leaves them, with no account, each on a phone number of its own, and the texts the
 * outbox holds for a number (the sign-in codes the SMS sender would deliver).
 */
public final class RosterMembers extends DatabaseFixtures {

    private static final Pattern CODE_IN_TEXT = Pattern.compile("验证码为(\\d{6})");

    public RosterMembers() throws SQLException {
        super();
    }

    /** A number no member has yet: 196 and the fixture sequence. */
    public String freePhone() throws SQLException {
        return String.format("196%08d", next() % 100_000_000);
    }

    public Member withPhone(String name, String phone) throws SQLException {
        Member member = member(name, "FEMALE");
        run("UPDATE member SET phone = ? WHERE id = ?", phone, member.id());
        return member;
    }

    public long textsTo(String phone) throws SQLException {
        return count("SELECT count(*) FROM outbox WHERE phone = ?", phone);
    }

    /** The code in the newest sign-in text to the phone. */
    public String codeSentTo(String phone) throws SQLException {
        String text = text("SELECT text FROM outbox WHERE phone = ? AND kind = 'SIGN_IN_CODE' ORDER BY id DESC LIMIT 1", phone);
        Matcher code = CODE_IN_TEXT.matcher(String.valueOf(text));
        assertTrue(code.find(), "a sign-in code text to " + phone + ": " + text);
        return code.group(1);
    }

    public void run(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
