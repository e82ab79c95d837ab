package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.TestIdentities;

/** Units, members and enrolments for the pages' tests, made through the API as a clerk would. */
final class TestMembers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    private TestMembers() {
    }

    /** A new unit; returns its code. */
    static String unit(ApiClient clerk) {
        String code = "PG" + RUN + SEQUENCE.incrementAndGet();
        created(clerk.post("units", Json.createObjectBuilder().add("code", code).add("name", "页面测试单位" + code)
                .add("uscc", TestIdentities.creditCode()).build().toString()));
        return code;
    }

    /** A new employee of the unit, born 1985; returns the member number. */
    static String member(ApiClient clerk, String unitCode, String name) {
        JsonObject member = created(clerk.post("members", Json.createObjectBuilder()
                .add("unitCode", unitCode).add("name", name)
                .add("idNumber", TestIdentities.residentId(LocalDate.of(1985, 3, 15), true))
                .add("phone", "13800138000").add("bankCard", TestIdentities.bankCard()).add("bankName", "中国工商银行")
                .add("category", "EMPLOYEE").build().toString()));
        return member.getString("memberNo");
    }

    static void enrol(ApiClient clerk, String memberNo, String planCode, LocalDate start, LocalDate end) {
        created(clerk.post("enrollments", Json.createObjectBuilder().add("memberNo", memberNo).add("planCode", planCode)
                .add("shares", 1).add("coverageStart", start.toString()).add("coverageEnd", end.toString())
                .add("payer", "UNIT").build().toString()));
    }

    /**
     * Gives a member a name the API would refuse (it rejects markup in names), as data that came
     * by another route, say a migration, could have: the pages must still show it as text.
     */
    static void renameInDatabase(String memberNo, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
             PreparedStatement update = connection.prepareStatement("UPDATE member SET name = ? WHERE member_no = ?")) {
            update.setString(1, name);
            update.setString(2, memberNo);
            assertEquals(1, update.executeUpdate(), "member " + memberNo + " renamed");
        }
    }

    private static JsonObject created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }
}
