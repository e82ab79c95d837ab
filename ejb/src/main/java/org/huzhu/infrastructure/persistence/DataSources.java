package org.huzhu.infrastructure.persistence;

/** JNDI names of the resources that wildfly-config/configure-datasource.cli installs. */
public final class DataSources {

    public static final String HUZHU = "java:jboss/datasources/HuzhuDS";

    private DataSources() {
    }
}
