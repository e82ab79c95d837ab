package org.huzhu.it.foundation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.SQLException;
import java.util.List;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.shared.Violation;

/**
 * Deployed only with {@link ErrorAnswersIT}: throws what the container hands a resource when an
 * EJB fails, wrapped as WildFly wraps it, so that the answers to those failures can be checked
 * over HTTP. The SQL failure quotes a resident ID as PostgreSQL's error detail would.
 */
@Path("test-errors")
@PermitAll
public class ErrorProbe {

    static final String RESIDENT_ID = "11010519491231002X";

    @GET
    @Path("{kind}")
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "conflict" -> new EJBException(new Conflict("duplicate-unit", "单位编号已存在", "unit code taken"));
            case "not-found" -> new EJBException(new NotFound("未找到该会员", "no such member"));
            case "rules" -> new EJBException(new RuleViolations(
                    List.of(new Violation("V01", "idNumber", "身份证号码校验位不正确", "the check character is wrong"))));
            case "optimistic-lock" -> new EJBTransactionRolledbackException("rolled back",
                    new OptimisticLockException("Row was updated or deleted by another transaction"));
            case "unique" -> new EJBTransactionRolledbackException("rolled back", new PersistenceException(
                    "could not execute statement", new SQLException("ERROR: duplicate key value violates unique constraint"
                            + " \"member_resident_id_key\"  Detail: Key (resident_id)=(" + RESIDENT_ID + ") already exists.",
                            "23505")));
            case "exclusion" -> new EJBTransactionRolledbackException("rolled back", new PersistenceException(
                    new SQLException("ERROR: conflicting key value violates exclusion constraint \"enrollment_no_overlap\"",
                            "23P01")));
            default -> new IllegalStateException("unexpected: card 6222020200112233445, ID " + RESIDENT_ID);
        };
    }
}
