package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.Health;
import org.huzhu.application.HealthService;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.SchemaMigration;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultHealthService implements HealthService {

    private static final Logger LOG = Logger.getLogger(DefaultHealthService.class.getName());
    private static final String APPLICATION_VERSION = readApplicationVersion();

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @EJB
    private SchemaMigration schemaMigration;

    @Override
    public Health check() {
        String version = APPLICATION_VERSION + " (schema " + schemaMigration.schemaVersion() + ")";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String database = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            // JBeret creates its tables in this database when the jdbc job repository is configured.
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('job_execution') IS NOT NULL")) {
                rs.next();
                String jobRepository = rs.getBoolean(1) ? "jdbc (" + metaData.getDatabaseProductName() + ")" : "missing";
                return new Health(rs.getBoolean(1) ? Health.UP : Health.DOWN, database, version, jobRepository);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "health check: the database does not answer", e);
            return new Health(Health.DOWN, "unreachable", version, "unknown");
        }
    }

    private static String readApplicationVersion() {
        try (InputStream in = DefaultHealthService.class.getResourceAsStream("/org/huzhu/huzhu-version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
