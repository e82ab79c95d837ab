package org.huzhu.application;

import java.util.Optional;

/** Asks the database whether it answers, what it is and whether the batch job repository's tables are in it. */
public interface DatabaseProbe {

    /**
     * @param product       the database's product name, as JDBC reports it ("PostgreSQL")
     * @param version       its version
     * @param jobRepository whether JBeret's job repository tables exist in it
     */
    record Database(String product, String version, boolean jobRepository) {
    }

    /** The database, or empty when it does not answer (the failure is logged). */
    Optional<Database> probe();
}
