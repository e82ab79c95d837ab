package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Sha256;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Writes the run's payment file: every payout of the run above 0, in order of claim or grant number. One writer
 * serves both jobs that pay: property {@code kind} says whose payouts ({@link PayoutKind}), and with them the
 * purpose printed for the bank and the file's name.
 * <p>
 * A claim payout whose payment failed and that finance re-queued (its claim back to SETTLED, a FAILED row and none
 * awaiting the bank or paid) goes into the next file of its kind too: a new row with the member's card as it is now,
 * for the same payout.
 * <p>
 * The rows are stored first ({@code payment_row}, one transaction, once per run), then the file is rendered from
 * them into a temporary file and renamed into {@code huzhu.files.dir}, and its SHA-256 recorded. Run again after
 * a crash, it finds the rows stored, renders the same bytes and checks them against a recorded hash.
 */
@Named("PaymentFileWriter")
@Dependent
public class PaymentFileWriter extends AbstractBatchlet {

    static final String KIND = "kind";
    private static final Logger LOG = Logger.getLogger(PaymentFileWriter.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    @BatchProperty(name = JobParameters.DRY_RUN)
    String dryRun;

    @Inject
    @BatchProperty(name = KIND)
    String kind;

    @Inject
    JobContext jobContext;

    // Outside JTA: its own short local transactions, and a cursor over the rows while the file is written.
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    DataSource dataSource;

    @Override
    public String process() throws SQLException, IOException {
        if (JobParameters.dryRun(dryRun)) {
            return "DRY_RUN";
        }
        PayoutKind payouts = PayoutKind.of(kind);
        long run = jobContext.getInstanceId();
        String fileName = payouts.filePrefix() + "-" + JobParameters.runDate(runDate) + "-run" + run + ".csv";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long fileId = storeRows(connection, payouts, run, fileName);
            connection.commit();
            String sha256 = render(connection, fileId, fileName);
            recordHash(connection, fileId, sha256);
            connection.commit();
            SettlementTally tally = tallyOfRun(connection, payouts, run);
            connection.commit();
            jobContext.setExitStatus(tally.exitStatus(payouts.counted(), false) + " paymentFile=" + fileId);
            LOG.info(() -> "payment file " + fileName + ": " + tally.paymentRows() + " rows, sha256 " + sha256);
            return "COMPLETED";
        }
    }

    private long storeRows(Connection connection, PayoutKind payouts, long run, String fileName) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO payment_file (kind, settlement_run, job_execution_id, file_name, row_count, total)
                VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT (settlement_run, kind) DO NOTHING RETURNING id""")) {
            insert.setString(1, payouts.name());
            insert.setLong(2, run);
            insert.setLong(3, jobContext.getExecutionId());
            insert.setString(4, fileName);
            try (ResultSet inserted = insert.executeQuery()) {
                if (!inserted.next()) {
                    return existingFile(connection, payouts, run);
                }
                long fileId = inserted.getLong(1);
                try (PreparedStatement rows = connection.prepareStatement("""
                        INSERT INTO payment_row (payment_file_id, sequence, payout_id, payee_name, bank_card, bank_name,
                                                 amount, purpose, reference)
                        SELECT ?, row_number() OVER (ORDER BY coalesce(c.claim_no, g.grant_no)), p.id, m.name,
                               m.bank_card, m.bank_name, p.payable, ?, coalesce(c.claim_no, g.grant_no)
                        FROM payout p JOIN member m ON m.id = p.member_id
                             LEFT JOIN claim c ON c.id = p.claim_id
                             LEFT JOIN hardship_grant g ON g.id = p.grant_id
                        WHERE p.kind = ? AND p.payable > 0
                          AND (p.settlement_run = ?
                               OR c.status = 'SETTLED'
                                  AND EXISTS (SELECT 1 FROM payment_row f WHERE f.payout_id = p.id AND f.status = 'FAILED')
                                  AND NOT EXISTS (SELECT 1 FROM payment_row l WHERE l.payout_id = p.id
                                                                                AND l.status <> 'FAILED'))""");
                     PreparedStatement totals = connection.prepareStatement("""
                        UPDATE payment_file f SET row_count = r.count, total = r.total
                        FROM (SELECT count(*) AS count, coalesce(sum(amount), 0) AS total
                              FROM payment_row WHERE payment_file_id = ?) r
                        WHERE f.id = ?""")) {
                    rows.setLong(1, fileId);
                    rows.setString(2, payouts.purpose());
                    rows.setString(3, payouts.name());
                    rows.setLong(4, run);
                    rows.executeUpdate();
                    totals.setLong(1, fileId);
                    totals.setLong(2, fileId);
                    totals.executeUpdate();
                }
                return fileId;
            }
        }
    }

    private static long existingFile(Connection connection, PayoutKind payouts, long run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM payment_file WHERE settlement_run = ? AND kind = ?")) {
            select.setLong(1, run);
            select.setString(2, payouts.name());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Renders the stored rows into the file and returns the SHA-256 of its bytes. */
    private static String render(Connection connection, long fileId, String fileName)
            throws SQLException, IOException {
        Path directory = Path.of(HuzhuSettings.required(HuzhuSettings.FILES_DIR));
        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        Path temporary = directory.resolve("." + fileName + ".tmp");
        MessageDigest sha256 = Sha256.newDigest();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream digesting = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8));
            PaymentFileFormat file = new PaymentFileFormat(out);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT sequence, payee_name, bank_card, bank_name, amount, purpose, reference
                    FROM payment_row WHERE payment_file_id = ? ORDER BY sequence""")) {
                select.setFetchSize(1000);
                select.setLong(1, fileId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        file.row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Money.of(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7));
                    }
                }
            }
            file.trailer();
            out.flush();
            // On disk before the rename makes it visible: the bank never gets half a file.
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Sha256.hexOf(sha256);
    }

    private static void recordHash(Connection connection, long fileId, String sha256) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE payment_file SET sha256 = ? WHERE id = ? AND (sha256 IS NULL OR sha256 = ?)")) {
            update.setString(1, sha256);
            update.setLong(2, fileId);
            update.setString(3, sha256);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("payment file " + fileId + " rendered again differs from the file "
                        + "first written: its rows changed");
            }
        }
    }

    private static SettlementTally tallyOfRun(Connection connection, PayoutKind payouts, long run)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT count(*), coalesce(sum(payable), 0), count(*) FILTER (WHERE payable > 0)
                FROM payout WHERE settlement_run = ? AND kind = ?""")) {
            select.setLong(1, run);
            select.setString(2, payouts.name());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new SettlementTally(rs.getLong(1), Money.of(rs.getBigDecimal(2)), rs.getLong(3));
            }
        }
    }
}
