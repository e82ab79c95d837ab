package org.huzhu.application;

/** Files uploaded for a job to read ({@code POST /files}): a roster now, a bank return file later (SPEC.md §9). */
public interface UploadedFiles {

    /** A roster of a province-sized unit is far below this; anything larger is no roster. */
    int MAX_BYTES = 20 * 1024 * 1024;

    record StoredFile(long fileId, String fileName, int sizeBytes, String sha256) {
    }

    StoredFile store(String fileName, byte[] content, String uploadedBy);
}
