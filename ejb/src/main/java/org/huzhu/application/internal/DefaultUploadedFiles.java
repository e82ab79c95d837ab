package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import javax.sql.DataSource;
import org.huzhu.application.UploadedFiles;
import org.huzhu.infrastructure.persistence.DataSources;

@Stateless
public class DefaultUploadedFiles implements UploadedFiles {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        return UploadTable.UPLOADED_FILE.store(dataSource, fileName, content, uploadedBy);
    }
}
