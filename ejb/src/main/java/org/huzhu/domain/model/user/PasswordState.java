package org.huzhu.domain.model.user;

/**
 * Where an account's password stands: chosen by its holder, or issued by an admin or a clerk (shown once),
 * which lets its holder do nothing but replace it, and only until it expires.
 */
public enum PasswordState {
    CHOSEN, ISSUED, ISSUED_EXPIRED
}
