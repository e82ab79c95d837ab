package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.application.GrantQuery;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultGrantQuery implements GrantQuery {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public List<GrantView> ofYear(int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT g.grant_no, m.member_no, g.kind, g.burden, g.amount
                     FROM hardship_grant g JOIN member m ON m.id = g.member_id
                     WHERE g.year = ? ORDER BY g.grant_no""")) {
            select.setInt(1, year);
            List<GrantView> grants = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    grants.add(new GrantView(rs.getString(1), rs.getString(2), rs.getString(3),
                            money(rs, 4), money(rs, 5)));
                }
            }
            return grants;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the grants of " + year, e);
        }
    }

    @Override
    public List<ListedMember> list(StaffList list, int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT m.member_no, m.name, u.name, e.burden, e.critical_or_female
                     FROM grant_list_entry e JOIN member m ON m.id = e.member_id JOIN unit u ON u.id = m.unit_id
                     WHERE e.list = ?
                       AND e.grant_run_id = (SELECT max(id) FROM grant_run WHERE year = ?)
                     ORDER BY m.member_no""")) {
            select.setString(1, list.name());
            select.setInt(2, year);
            List<ListedMember> members = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    members.add(new ListedMember(rs.getString(1), rs.getString(2), rs.getString(3), money(rs, 4),
                            rs.getBoolean(5)));
                }
            }
            return members;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the " + list + " list of " + year, e);
        }
    }

    private static String money(ResultSet rs, int column) throws SQLException {
        return Money.of(rs.getBigDecimal(column)).toPlainString();
    }
}
