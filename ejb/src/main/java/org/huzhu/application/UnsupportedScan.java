package org.huzhu.application;

import jakarta.ejb.ApplicationException;

/** An upload that is not a PDF, JPEG or PNG by its content. Nothing was stored. */
@ApplicationException(rollback = true)
public class UnsupportedScan extends RuntimeException {

    public UnsupportedScan() {
        super("the file is not a PDF, JPEG or PNG");
    }
}
