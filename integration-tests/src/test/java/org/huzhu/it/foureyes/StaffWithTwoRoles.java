package org.huzhu.it.foureyes;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.TestUsers;

/**
 * A reviewer who is also a clerk, the account the four-eyes rules are about. The clerk role is written straight into
 * the realm's table, as an account from before roles were kept apart would have it: admin may no longer combine them.
 */
final class StaffWithTwoRoles extends DatabaseFixtures {

    private StaffWithTwoRoles() throws SQLException {
    }

    static ApiClient reviewerAndClerk(ApiClient api) throws SQLException {
        TestUsers.Credentials reviewer = TestUsers.create(api, "reviewer");
        try (StaffWithTwoRoles roles = new StaffWithTwoRoles();
             PreparedStatement insert = roles.connection().prepareStatement(
                     "INSERT INTO app_user_role (username, role) VALUES (?, 'clerk')")) {
            insert.setString(1, reviewer.username());
            insert.executeUpdate();
        }
        return api.as(reviewer);
    }
}
