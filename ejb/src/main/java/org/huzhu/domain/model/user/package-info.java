/** Accounts that sign in, their roles and their hashed passwords. */
package org.huzhu.domain.model.user;
