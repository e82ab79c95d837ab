/** Accounts that sign in (by password, or by a code sent to a member's phone) and API tokens, their roles kept apart by the four-eyes rule, and their hashed secrets. */
package org.huzhu.domain.model.user;
