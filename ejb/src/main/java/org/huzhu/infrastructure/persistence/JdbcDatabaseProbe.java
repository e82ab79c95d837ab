package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.DatabaseProbe;

/** Probes Huzhu's data source on a connection of its own, outside any transaction. */
@ApplicationScoped
public class JdbcDatabaseProbe implements DatabaseProbe {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<Database> probe() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metaData = connection.getMetaData();
            // JBeret creates its tables in this database when the jdbc job repository is configured.
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('job_execution') IS NOT NULL")) {
                rs.next();
                return Optional.of(new Database(metaData.getDatabaseProductName(),
                        metaData.getDatabaseProductVersion(), rs.getBoolean(1)));
            }
        } catch (SQLException e) {
            Logger.getLogger(JdbcDatabaseProbe.class.getName()).log(Level.WARNING, "health check: the database does not answer", e);
            return Optional.empty();
        }
    }
}
