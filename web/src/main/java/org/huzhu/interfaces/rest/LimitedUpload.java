package org.huzhu.interfaces.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method that takes a file: {@link Uploads} refuses one of more than {@link #megabytes()}. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LimitedUpload {

    /** Scans and letters are small; a roster may be larger (see {@link Uploads#MAX_BYTES}). */
    int megabytes() default 10;
}
