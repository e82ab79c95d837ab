package org.huzhu.application;

/** Says whether Huzhu can serve: the database answers and the batch job repository is in it. */
public interface HealthService {

    Health check();
}
