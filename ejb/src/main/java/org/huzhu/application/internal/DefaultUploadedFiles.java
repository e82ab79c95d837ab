package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.UploadedFiles;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.infrastructure.persistence.UploadStore;
import org.huzhu.infrastructure.persistence.UploadTable;
import org.huzhu.infrastructure.roster.RosterReader;

@Stateless
public class DefaultUploadedFiles implements UploadedFiles {

    @Inject
    private UploadStore uploads;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        try {
            RosterReader.requireReadable(content);
        } catch (InvalidValueException unreadable) {
            throw new RuleViolations(List.of(unreadable.toViolation("file")));
        }
        return uploads.store(UploadTable.UPLOADED_FILE, fileName, content, uploadedBy);
    }
}
