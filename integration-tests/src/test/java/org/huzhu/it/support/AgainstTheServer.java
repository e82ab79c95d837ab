package org.huzhu.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that calls Huzhu from outside, as its users do: Arquillian deploys the production EAR once for the test
 * class and the test reaches it over HTTP at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AgainstTheServer {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.huzhu();
    }
}
