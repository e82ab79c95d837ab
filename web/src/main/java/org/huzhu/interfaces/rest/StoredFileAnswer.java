package org.huzhu.interfaces.rest;

import org.huzhu.application.UploadedFiles;

/** A stored upload (a roster, a bank return file) as the API answers it: {@code {fileId, fileName, size, sha256}}. */
public record StoredFileAnswer(long fileId, String fileName, long size, String sha256) {

    public static StoredFileAnswer of(UploadedFiles.StoredFile stored) {
        return new StoredFileAnswer(stored.fileId(), stored.fileName(), stored.sizeBytes(), stored.sha256());
    }
}
