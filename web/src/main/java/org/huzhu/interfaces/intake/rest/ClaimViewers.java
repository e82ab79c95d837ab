package org.huzhu.interfaces.intake.rest;

import jakarta.ws.rs.core.SecurityContext;
import org.huzhu.application.ClaimService;
import org.huzhu.domain.model.user.Role;

/** Who is asking, as the claim service needs to know it: a member sees only their own claims. */
final class ClaimViewers {

    private ClaimViewers() {
    }

    static ClaimService.Viewer of(SecurityContext security) {
        boolean staff = security.isUserInRole(Role.CLERK_NAME) || security.isUserInRole(Role.REVIEWER_NAME)
                || security.isUserInRole(Role.FINANCE_NAME) || security.isUserInRole(Role.ADMIN_NAME);
        return new ClaimService.Viewer(security.getUserPrincipal().getName(), !staff);
    }
}
