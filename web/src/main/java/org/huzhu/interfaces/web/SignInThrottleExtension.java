package org.huzhu.interfaces.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Duration;

/**
 * Puts {@link SignInThrottle} first in the web module's handler chain, before WildFly's authentication
 * (registered in META-INF/services/io.undertow.servlet.ServletExtension). Its numbers are settings
 * (system properties, see configure-application.cli): {@value #MAX_FAILURES} (default 30) failed sign-ins
 * per address within {@value #WINDOW_MINUTES} (default 10) minutes, and {@value #MAX_CODE_REQUESTS} (default 20)
 * requests for a sign-in code per address within {@value #CODE_WINDOW_MINUTES} (default 60) minutes: enough for
 * the members of one office behind one address, too few to send texts to a county's numbers.
 */
public class SignInThrottleExtension implements ServletExtension {

    static final String MAX_FAILURES = "huzhu.signin.address.max-failures";
    static final String WINDOW_MINUTES = "huzhu.signin.address.window-minutes";
    static final String MAX_CODE_REQUESTS = "huzhu.signin.address.max-code-requests";
    static final String CODE_WINDOW_MINUTES = "huzhu.signin.address.code-window-minutes";
    static final int MAX_ADDRESSES = 10_000;

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        FailedSignIns failures = new FailedSignIns(Integer.getInteger(MAX_FAILURES, 30),
                Duration.ofMinutes(Integer.getInteger(WINDOW_MINUTES, 10)), MAX_ADDRESSES);
        FailedSignIns codeRequests = new FailedSignIns(Integer.getInteger(MAX_CODE_REQUESTS, 20),
                Duration.ofMinutes(Integer.getInteger(CODE_WINDOW_MINUTES, 60)), MAX_ADDRESSES);
        deploymentInfo.addInitialHandlerChainWrapper(next -> new SignInThrottle(next, failures, codeRequests));
    }
}
