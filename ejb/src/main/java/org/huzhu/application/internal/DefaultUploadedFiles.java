package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.huzhu.application.UploadedFiles;
import org.huzhu.infrastructure.persistence.DataSources;

@Stateless
public class DefaultUploadedFiles implements UploadedFiles {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("file of " + content.length + " bytes");
        }
        String sha256 = sha256(content);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO uploaded_file (file_name, size_bytes, sha256, content, uploaded_by)
                     VALUES (?, ?, ?, ?, ?) RETURNING id""")) {
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
            throw new IllegalStateException("storing an uploaded file", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
