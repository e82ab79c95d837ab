package org.huzhu.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import javax.sql.DataSource;

/** A repository whose statements run through {@link Sql} on Huzhu's data source, so in its caller's transaction. */
abstract class SqlRepository {

    private final String subject;

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    private Sql sql;

    /** @param subject what the statements work on, for the message of a failure */
    SqlRepository(String subject) {
        this.subject = subject;
    }

    @PostConstruct
    void connect() {
        sql = new Sql(dataSource, subject);
    }

    Sql sql() {
        return sql;
    }
}
