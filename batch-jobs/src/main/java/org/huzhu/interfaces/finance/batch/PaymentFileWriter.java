package org.huzhu.interfaces.finance.batch;

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
import java.util.logging.Logger;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.payout.PaymentFileRepository;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.payout.PayoutTotals;
import org.huzhu.domain.model.shared.Sha256;
import org.huzhu.infrastructure.HuzhuSettings;

/**
 * Writes the run's payment file: every payout of the run above 0, in order of claim or grant number. One writer
 * serves both jobs that pay: property {@code kind} says whose payouts ({@link PayoutKind}), and with them the
 * purpose printed for the bank and the file's name.
 * <p>
 * A claim payout whose payment failed and that finance re-queued (its claim back to SETTLED, a FAILED row and none
 * awaiting the bank or paid) goes into the next file of its kind too: a new row with the member's card as it is now,
 * for the same payout.
 * <p>
 * The rows are stored first ({@link PaymentFileRepository#storeOnce}: one transaction, once per run), then the file is rendered from
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

    @Inject
    PaymentFileRepository paymentFiles;

    @Inject
    PayoutRepository payouts;

    @Override
    public String process() throws IOException {
        if (JobParameters.dryRun(dryRun)) {
            return "DRY_RUN";
        }
        PayoutKind payoutKind = PayoutKind.of(kind);
        long run = jobContext.getInstanceId();
        String fileName = payoutKind.filePrefix() + "-" + JobParameters.runDate(runDate) + "-run" + run + ".csv";
        long fileId = paymentFiles.storeOnce(payoutKind, run, jobContext.getExecutionId(), fileName);
        String sha256 = render(fileId, fileName);
        paymentFiles.recordHash(fileId, sha256);
        PayoutTotals totals = payouts.totalsOf(payoutKind, run);
        SettlementTally tally = new SettlementTally(totals.payouts(), totals.payable(), totals.aboveZero());
        jobContext.setExitStatus(tally.exitStatus(payoutKind.counted(), false) + " paymentFile=" + fileId);
        LOG.info(() -> "payment file " + fileName + ": " + tally.paymentRows() + " rows, sha256 " + sha256);
        return "COMPLETED";
    }

    /** Renders the stored rows into the file and returns the SHA-256 of its bytes. */
    private String render(long fileId, String fileName) throws IOException {
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
            paymentFiles.forEachRow(fileId, row -> file.row(row.sequence(), row.payeeName(), row.bankCard(),
                    row.bankName(), row.amount(), row.purpose(), row.reference()));
            file.trailer();
            out.flush();
            // On disk before the rename makes it visible: the bank never gets half a file.
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Sha256.hexOf(sha256);
    }
}
