package org.huzhu.interfaces;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The web module reaches the jobs only through {@code org.huzhu.application.BatchJobs}: batch-jobs is not on its
 * class path, so that the EAR can keep its sub-deployments isolated (ear's jboss-deployment-structure.xml).
 */
class ModuleBoundaryTest {

    @Test
    void theBatchJobsModuleIsNotOnTheWebModulesClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.huzhu.infrastructure.batch.JobControl"));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.huzhu.interfaces.letters.batch.UnletteredPayoutReader"));
    }
}
