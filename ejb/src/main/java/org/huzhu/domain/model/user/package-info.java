/** Accounts that sign in and API tokens, their roles kept apart by the four-eyes rule, and their hashed secrets. */
package org.huzhu.domain.model.user;
