package org.huzhu.infrastructure.persistence;

import org.huzhu.application.PaymentReturns;
import org.huzhu.application.UploadedFiles;

/**
 * The tables that keep an uploaded file's bytes with its name, size, SHA-256 and uploader. A bank return file has a
 * table of its own because it also records what the import made of it (SPEC.md §6); storing is the same for both
 * ({@link UploadStore}).
 */
public enum UploadTable {

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

    String table() {
        return table;
    }

    int maxBytes() {
        return maxBytes;
    }
}
