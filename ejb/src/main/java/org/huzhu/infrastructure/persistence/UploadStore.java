package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.huzhu.application.UploadedFiles.StoredFile;
import org.huzhu.domain.model.shared.Sha256;

/** Stores an uploaded file's bytes in its {@link UploadTable}, in the caller's transaction. */
@ApplicationScoped
public class UploadStore extends SqlRepository {

    public UploadStore() {
        super("uploaded files");
    }

    /** @throws IllegalArgumentException if the file is larger than the table takes: the upload should have refused it */
    public StoredFile store(UploadTable table, String fileName, byte[] content, String uploadedBy) {
        if (content.length > table.maxBytes()) {
            throw new IllegalArgumentException("a file of " + content.length + " bytes for " + table.table());
        }
        String sha256 = Sha256.hex(content);
        return sql().one("INSERT INTO " + table.table()
                        + " (file_name, size_bytes, sha256, content, uploaded_by) VALUES (?, ?, ?, ?, ?) RETURNING id",
                rs -> new StoredFile(rs.getLong(1), fileName, content.length, sha256),
                fileName, content.length, sha256, content, uploadedBy).orElseThrow();
    }
}
