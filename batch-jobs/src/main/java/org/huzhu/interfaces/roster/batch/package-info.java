/** The enrollment-import job's artifacts: thin adapters between a roster file, the roster rules and the database. */
package org.huzhu.interfaces.roster.batch;
