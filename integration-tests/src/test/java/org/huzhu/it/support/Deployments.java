package org.huzhu.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR that Maven built, as Arquillian deploys it. */
public final class Deployments {

    private static final String WEB_MODULE = "huzhu-web.war";

    private Deployments() {
    }

    /** The EAR as it is, for tests that talk to it over HTTP. */
    public static EnterpriseArchive huzhu() {
        File ear = new File(System.getProperty("huzhu.ear", "../ear/target/huzhu.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("no EAR at " + ear.getAbsolutePath() + ": build it first (./huzhu test does)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The EAR with test classes in its web module, for tests that run inside the server. */
    public static EnterpriseArchive huzhuWith(Class<?>... testClasses) {
        return huzhuWith(testClasses, new String[0]);
    }

    /**
     * The EAR with test classes and whole packages from the tests' class path in its web module: the demo module's
     * package, say, which the production EAR does not hold.
     */
    public static EnterpriseArchive huzhuWith(Class<?>[] testClasses, String... packages) {
        EnterpriseArchive ear = huzhu();
        WebArchive web = ShrinkWrap.create(WebArchive.class, WEB_MODULE).merge(ear.getAsType(WebArchive.class, WEB_MODULE));
        web.addClasses(testClasses);
        web.addPackages(false, packages);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }
}
