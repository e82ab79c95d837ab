package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.application.PaymentFiles;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.persistence.DataSources;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPaymentFiles implements PaymentFiles {

    private static final String SELECT = """
            SELECT id, settlement_run, kind, file_name, row_count, total, sha256, created_at
            FROM payment_file WHERE %s ORDER BY id""";

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<PaymentFileView> find(long id) {
        return select("id = ?", id).stream().findFirst();
    }

    @Override
    public List<PaymentFileView> ofRun(long run) {
        return select("settlement_run = ?", run);
    }

    @Override
    public Path location(PaymentFileView file) {
        return Path.of(HuzhuSettings.required(HuzhuSettings.FILES_DIR)).resolve(file.fileName());
    }

    private List<PaymentFileView> select(String condition, long value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT.formatted(condition))) {
            select.setLong(1, value);
            List<PaymentFileView> files = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    files.add(new PaymentFileView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), Money.of(rs.getBigDecimal(6)).toPlainString(), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("reading payment files", e);
        }
    }
}
