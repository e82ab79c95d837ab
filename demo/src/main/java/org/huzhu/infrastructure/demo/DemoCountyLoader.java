package org.huzhu.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.user.PasswordHash;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

/**
 * Loads the default synthetic county ({@link CountyParameters#demo}) when the server starts in the
 * demo profile on a database without units, so that {@code ./huzhu start} shows a lived-in county,
 * and a restart keeps what is there. One local transaction: the county is there whole or not at all.
 * A few members with claims get accounts with the demo password. The password is published, so
 * one bcrypt hash serves them all: a salt per account would protect nothing and cost a hash each.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCountyLoader {

    private static final Logger LOG = Logger.getLogger(DemoCountyLoader.class.getName());
    static final int MEMBER_ACCOUNTS = 20;
    /** Serialises two servers starting on one database, so that only one of them loads. */
    private static final long LOAD_LOCK = 0x48757a6875L;

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @PostConstruct
    void loadOnce() {
        if (!HuzhuSettings.isDemo()) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")");
                try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM unit)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        LOG.info("demo county not loaded: the database holds units already");
                        connection.rollback();
                        return;
                    }
                }
            }
            CountyParameters parameters = CountyParameters.demo(1, BusinessDate.today());
            DemoCountyWriter.Summary summary;
            try {
                DemoCountyWriter writer = new DemoCountyWriter(connection, MEMBER_ACCOUNTS);
                summary = writer.write(new SyntheticCounty(parameters).records());
                PasswordHash demoPassword = passwordHasher.hash(DemoUsers.password());
                for (DemoCountyWriter.Claimant claimant : summary.claimants()) {
                    writer.addMemberAccount(claimant, demoPassword);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "demo county (seed %d, as of %s) loaded in %.1f s: %d units, %d members, %d enrolments, %d hardship files, %d claims, contributions %s"
                    .formatted(parameters.seed(), parameters.asOf(), millis / 1000.0, summary.units(), summary.members(),
                            summary.enrolments(), summary.hardshipFiles(), summary.claims(),
                            summary.contributions().roundedToFen().toPlainString()));
            LOG.info(() -> "demo member accounts (password as the demo users'): "
                    + String.join(" ", summary.claimants().stream().map(DemoCountyWriter.Claimant::memberNo).toList()));
        } catch (SQLException e) {
            // the demo is a convenience: the service runs without it, and the log says why
            LOG.severe(() -> "demo county not loaded: " + e.getMessage());
        }
    }
}
