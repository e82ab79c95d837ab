package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.huzhu.application.PaymentFiles;
import org.huzhu.domain.model.payout.PaymentFile;
import org.huzhu.domain.model.payout.PaymentFileRepository;
import org.huzhu.infrastructure.HuzhuSettings;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPaymentFiles implements PaymentFiles {

    @Inject
    private PaymentFileRepository paymentFiles;

    @Override
    public Optional<PaymentFileView> find(long id) {
        return paymentFiles.find(id).map(DefaultPaymentFiles::view);
    }

    @Override
    public List<PaymentFileView> ofRun(long run) {
        return paymentFiles.ofRun(run).stream().map(DefaultPaymentFiles::view).toList();
    }

    @Override
    public Path location(PaymentFileView file) {
        return Path.of(HuzhuSettings.required(HuzhuSettings.FILES_DIR)).resolve(file.fileName());
    }

    private static PaymentFileView view(PaymentFile file) {
        return new PaymentFileView(file.id(), file.run(), file.kind().name(), file.fileName(), file.rowCount(),
                file.total().toPlainString(), file.sha256(), file.createdAt());
    }
}
