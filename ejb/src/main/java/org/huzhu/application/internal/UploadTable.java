package org.huzhu.application.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.application.PaymentReturns;
import org.huzhu.application.UploadedFiles;
import org.huzhu.application.UploadedFiles.StoredFile;
import org.huzhu.domain.model.shared.Sha256;

/**
 * The tables that keep an uploaded file's bytes with its name, size, SHA-256 and uploader. A bank return file has a
 * table of its own because it also records what the import made of it (SPEC.md §6); storing is the same for both.
 */
enum UploadTable {

    /** Files for a job to read: rosters ({@code POST /files}). */
    UPLOADED_FILE("uploaded_file", UploadedFiles.MAX_BYTES),
    /** Bank return files ({@code POST /return-files}). */
    RETURN_FILE("return_file", PaymentReturns.MAX_BYTES);

    private final String table;
    private final int maxBytes;

    UploadTable(String table, int maxBytes) {
        this.table = table;
        this.maxBytes = maxBytes;
    }

    /** @throws IllegalArgumentException if the file is larger than the table takes: the upload should have refused it */
    StoredFile store(DataSource dataSource, String fileName, byte[] content, String uploadedBy) {
        if (content.length > maxBytes) {
            throw new IllegalArgumentException("a file of " + content.length + " bytes for " + table);
        }
        String sha256 = Sha256.hex(content);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                     + " (file_name, size_bytes, sha256, content, uploaded_by) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, fileName);
            insert.setInt(2, content.length);
            insert.setString(3, sha256);
            insert.setBytes(4, content);
            insert.setString(5, uploadedBy);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return new StoredFile(rs.getLong(1), fileName, content.length, sha256);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing an uploaded file in " + table, e);
        }
    }
}
