package org.huzhu.it.support;

import java.time.LocalDate;

/** Units, members and enrolments made through the HTTP API, as a clerk makes them. */
public final class Fixtures {

    private final ApiClient clerk;

    public Fixtures(ApiClient clerk) {
        this.clerk = clerk;
    }

    public String unit() {
        String code = TestPeople.unique("U");
        expect(201, clerk.post("units", """
                {"code": "%s", "name": "测试单位%s", "uscc": "%s"}""".formatted(code, code, TestPeople.creditCode())));
        return code;
    }

    /** A member of a new unit, born 1985-06-15; returns the member number. */
    public String member(boolean female) {
        return member(unit(), "测试会员", female);
    }

    public String member(String unitCode, String name, boolean female) {
        return registered(unitCode, name, female).memberNo();
    }

    /** A member number and the password the member signs in with the first time. */
    public record Registered(String memberNo, String initialPassword) {

        /** The member's credentials once they have replaced the issued password, as at their first sign-in. */
        public TestUsers.Credentials signedIn(ApiClient api) {
            return TestUsers.choosePassword(api, new TestUsers.Credentials(memberNo, initialPassword), "Own-" + initialPassword);
        }
    }

    public Registered registered(String unitCode, String name, boolean female) {
        ApiClient.Answer answer = expect(201, clerk.post("members", """
                {"unitCode": "%s", "name": "%s", "idNumber": "%s", "phone": "13800138000",
                 "bankCard": "%s", "bankName": "中国工商银行", "category": "EMPLOYEE"}"""
                .formatted(unitCode, name, TestPeople.residentId(LocalDate.of(1985, 6, 15), female), TestPeople.bankCard())));
        return new Registered(answer.json().getString("memberNo"), answer.json().getString("initialPassword"));
    }

    public long enrol(String memberNo, String plan, int shares, LocalDate start, LocalDate end) {
        ApiClient.Answer answer = expect(201, clerk.post("enrollments", """
                {"memberNo": "%s", "planCode": "%s", "shares": %d, "coverageStart": "%s", "coverageEnd": "%s", "payer": "UNIT"}"""
                .formatted(memberNo, plan, shares, start, end)));
        return answer.json().getJsonNumber("enrollmentId").longValue();
    }

    public static ApiClient.Answer expect(int status, ApiClient.Answer answer) {
        if (answer.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + answer);
        }
        return answer;
    }
}
