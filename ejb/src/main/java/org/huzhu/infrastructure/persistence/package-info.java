/** JPA repositories, the schema migration and the JDBC paths that bulk jobs take. */
package org.huzhu.infrastructure.persistence;
