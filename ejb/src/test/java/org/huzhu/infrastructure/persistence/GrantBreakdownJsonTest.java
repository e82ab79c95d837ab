package org.huzhu.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.grant.GrantBasis;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

/** The breakdown stored with a grant payout keeps the figures the grant was decided from, to the fen. */
class GrantBreakdownJsonTest {

    @Test
    void theMemberFiguresOfTheDecisionComeBackAsTheyWere() {
        GrantCandidate member = new GrantCandidate("MG00000001", Money.parse("31000.99"), Money.parse("1000.00"),
                HardshipLevel.DEEP, Money.yuan(3000), false, false);
        Grant grant = new Grant("MG00000001", GrantKind.GRANT, member.burden(), Money.yuan(2000), Money.yuan(1500));

        String json = GrantBreakdownJson.write("G2019000007", grant, member);
        GrantBasis basis = GrantBreakdownJson.basis(json);

        assertEquals(new GrantBasis(Money.parse("31000.99"), Money.parse("1000.00"), HardshipLevel.DEEP,
                Money.yuan(3000)), basis);
        assertEquals(Money.parse("30000.99"), basis.burden());
        JsonObject stored = Json.createReader(new StringReader(json)).readObject();
        assertEquals("G2019000007", stored.getString("grantNo"));
        assertEquals("30000.99", stored.getString("burden"));
        assertEquals("2000", stored.getString("unscaledAmount"));
    }
}
