/** The batch artifacts of finance's jobs: thin adapters between the database and the settlement domain. */
package org.huzhu.interfaces.finance.batch;
