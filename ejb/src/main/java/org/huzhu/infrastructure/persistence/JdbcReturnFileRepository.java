package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.huzhu.domain.model.payout.ReturnFile;
import org.huzhu.domain.model.payout.ReturnFileRepository;
import org.huzhu.domain.model.payout.ReturnOutcome;

/** Return files in table {@code return_file}; their upload is {@code UploadTable.RETURN_FILE}'s. */
@ApplicationScoped
public class JdbcReturnFileRepository extends SqlRepository implements ReturnFileRepository {

    JdbcReturnFileRepository() {
        super("return files");
    }

    @Override
    public Optional<ReturnFile> find(long id) {
        return sql().one("""
                SELECT id, file_name, size_bytes, sha256, uploaded_by, uploaded_at, outcome, outcome_detail::text,
                       job_execution_id
                FROM return_file WHERE id = ?""",
                rs -> new ReturnFile(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getObject(9, Long.class)),
                id);
    }

    @Override
    public Optional<Content> lockForImport(long id) {
        return sql().one("SELECT content, sha256 FROM return_file WHERE id = ? FOR UPDATE",
                rs -> new Content(rs.getBytes(1), rs.getString(2)), id);
    }

    @Override
    public Optional<Long> importedAs(String sha256) {
        return sql().one("SELECT id FROM return_file WHERE sha256 = ? AND outcome = ?", rs -> rs.getLong(1),
                sha256, ReturnOutcome.IMPORTED.name());
    }

    @Override
    public void recordOutcome(long id, ReturnOutcome outcome, String detail, long jobExecutionId) {
        sql().update("""
                UPDATE return_file SET outcome = ?, outcome_detail = ?::jsonb, job_execution_id = ?, imported_at = now()
                WHERE id = ?""", outcome.name(), detail, jobExecutionId, id);
    }
}
