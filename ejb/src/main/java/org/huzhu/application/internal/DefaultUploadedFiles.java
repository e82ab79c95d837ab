package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.UploadedFiles;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.roster.RosterReader;

@Stateless
public class DefaultUploadedFiles implements UploadedFiles {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        try {
            RosterReader.requireReadable(content);
        } catch (InvalidValueException unreadable) {
            throw new RuleViolations(List.of(unreadable.toViolation("file")));
        }
        return UploadTable.UPLOADED_FILE.store(dataSource, fileName, content, uploadedBy);
    }
}
