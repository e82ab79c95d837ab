package org.huzhu.it.foundation;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.huzhu.it.support.ApiAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where each kind of code may live (docs/architecture.md), checked on the compiled classes of the modules that go
 * into the EAR: data access only in {@code org.huzhu.infrastructure}, and the layers seeing only the ones below.
 */
class ArchitectureTest {

    /** The types through which code runs SQL or JPQL; holding one is running queries. */
    private static final String QUERY_TYPES = Stream.of("javax.sql.DataSource", "java.sql.Statement",
                    "java.sql.PreparedStatement", "java.sql.CallableStatement", "java.sql.ResultSet",
                    "jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory",
                    "jakarta.persistence.Query", "jakarta.persistence.TypedQuery",
                    "jakarta.persistence.StoredProcedureQuery")
            .map(name -> name.replace(".", "\\.")).collect(Collectors.joining("|"));

    private static JavaClasses huzhu;

    @BeforeAll
    static void importTheModules() {
        Path root = ApiAccess.projectRoot();
        Path[] compiled = Stream.of("ejb", "batch-jobs", "web")
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory)
                .toArray(Path[]::new);
        if (compiled.length != 3) {
            throw new IllegalStateException("compile ejb, batch-jobs and web first: found only " + compiled.length);
        }
        huzhu = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(compiled);
    }

    @Test
    void onlyInfrastructureRunsQueries() {
        noClasses().that().resideInAnyPackage("org.huzhu.domain..", "org.huzhu.application..", "org.huzhu.interfaces..")
                .should().dependOnClassesThat().haveNameMatching(QUERY_TYPES)
                .orShould().callMethodWhere(target(owner(assignableTo(Connection.class))))
                .because("the SQL of an aggregate lives in its repository in org.huzhu.infrastructure (docs/architecture.md)")
                .check(huzhu);
    }

    @Test
    void theDomainSeesNoOtherLayer() {
        noClasses().that().resideInAPackage("org.huzhu.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huzhu.application..",
                        "org.huzhu.infrastructure..", "org.huzhu.interfaces..")
                .check(huzhu);
    }

    @Test
    void applicationServicesDoNotSeeTheirAdapters() {
        noClasses().that().resideInAPackage("org.huzhu.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.huzhu.interfaces..")
                .check(huzhu);
    }
}
