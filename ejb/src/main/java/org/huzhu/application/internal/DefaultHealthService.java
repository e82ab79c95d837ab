package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.huzhu.application.DatabaseProbe;
import org.huzhu.application.Health;
import org.huzhu.application.HealthService;
import org.huzhu.infrastructure.persistence.SchemaMigration;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultHealthService implements HealthService {

    private static final String APPLICATION_VERSION = readApplicationVersion();

    @Inject
    private DatabaseProbe databaseProbe;

    @EJB
    private SchemaMigration schemaMigration;

    @Override
    public Health check() {
        String version = APPLICATION_VERSION + " (schema " + schemaMigration.schemaVersion() + ")";
        return databaseProbe.probe()
                .map(database -> new Health(database.jobRepository() ? Health.UP : Health.DOWN,
                        database.product() + " " + database.version(), version,
                        database.jobRepository() ? "jdbc (" + database.product() + ")" : "missing"))
                .orElseGet(() -> new Health(Health.DOWN, "unreachable", version, "unknown"));
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
