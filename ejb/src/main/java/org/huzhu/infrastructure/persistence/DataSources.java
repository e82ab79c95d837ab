package org.huzhu.infrastructure.persistence;

/** JNDI names of the resources that wildfly-config/configure-datasource.cli installs. */
public final class DataSources {

    public static final String HUZHU = "java:jboss/datasources/HuzhuDS";

    /**
     * The same database outside JTA, for readers that stream a query with a cursor across many chunk
     * transactions: a cursor on a JTA connection would close when the first chunk commits.
     */
    public static final String HUZHU_STREAMING = "java:jboss/datasources/HuzhuStreamingDS";

    private DataSources() {
    }
}
