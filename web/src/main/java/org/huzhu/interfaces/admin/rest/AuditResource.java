package org.huzhu.interfaces.admin.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.application.AuditQuery;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditPage;
import org.huzhu.domain.model.audit.AuditSearch;
import org.huzhu.domain.model.audit.AuditedEntity;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * {@code /audit}: the audit trail, searched. Admin reads all of it; finance only the entities about money
 * ({@link AuditedEntity#isMoney()}): a search that names no entity is held to those, one that names another is a 403.
 */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The query's names: only these are read, each at most once. */
    private static final List<String> PARAMETERS = List.of("entity", "ref", "actor", "from", "to", "page", "size");
    /** References and actors are codes, numbers, dates and user names: no spaces, no markup. */
    private static final String KEY = "[^\\s<>]{1,64}";

    @EJB
    private AuditQuery audit;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** One entry as the trail tells it; {@code from} and {@code to} are the statuses before and after, if any. */
    public record Item(Instant at, String actor, String entity, String ref, String action, String from, String to,
                       String reason) {
    }

    public record Answer(List<Item> items, int page, int size, boolean hasMore) {
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public Response search() {
        AuditSearch search = searchAsked();
        if (seesAll()) {
            return Response.ok(answer(audit.search(search))).build();
        }
        if (search.namesOtherThanMoney()) {
            return Problem.of(403, "forbidden-audit-entity", Language.of(headers).pick(
                    "财务只能查看与资金有关的审计记录", "finance may read the audit trail of money entities only"),
                    null).toResponse();
        }
        return Response.ok(answer(audit.search(search.ofMoneyOnly()))).build();
    }

    /** The kinds of record the caller may search, code to Chinese name, in the order the page lists them. */
    @GET
    @Path("entities")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public Map<String, String> entities() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(AuditedEntity.values()).filter(entity -> seesAll() || entity.isMoney())
                .forEach(entity -> names.put(entity.name(), entity.chineseName()));
        return names;
    }

    private boolean seesAll() {
        return security.isUserInRole(Role.ADMIN_NAME);
    }

    /** The query read as a JSON object would be, so that every bad parameter is named in one 400. */
    private AuditSearch searchAsked() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        JsonObjectBuilder asked = JSON.createObjectBuilder();
        for (String name : PARAMETERS) {
            String value = query.getFirst(name);
            if (value != null) {
                // whole numbers go as numbers, so that "abc" or "1.5" is reported as not a whole number
                boolean number = (name.equals("page") || name.equals("size")) && value.strip().matches("\\d{1,9}");
                asked = number ? asked.add(name, Integer.parseInt(value.strip())) : asked.add(name, value);
            }
        }
        JsonInput input = JsonInput.parse(asked.build().toString(), Language.of(headers));
        AuditedEntity entity = input.optionalEnum("entity", AuditedEntity.class).orElse(null);
        String ref = input.optionalText("ref", KEY).orElse(null);
        String actor = input.optionalText("actor", KEY).orElse(null);
        LocalDate from = input.optionalDate("from").orElse(null);
        LocalDate to = input.optionalDate("to").orElse(null);
        int page = input.optionalInt("page", 1, AuditSearch.MAX_PAGE).orElse(1);
        int size = input.optionalInt("size", 1, AuditSearch.MAX_SIZE).orElse(AuditSearch.DEFAULT_SIZE);
        input.throwIfInvalid();
        try {
            return new AuditSearch(entity == null ? Set.of() : Set.of(entity), ref, actor, from, to, page, size);
        } catch (InvalidValueException e) {
            input.reject("from", e.code(), e.messageZh(), e.messageEn());
            input.throwIfInvalid();
            throw e;
        }
    }

    private static Answer answer(AuditPage page) {
        return new Answer(page.items().stream().map(AuditResource::item).toList(), page.page(), page.size(),
                page.hasMore());
    }

    private static Item item(AuditEntry entry) {
        return new Item(entry.at(), entry.actor(), entry.entityType(), entry.entityRef(), entry.action(),
                entry.fromStatus(), entry.toStatus(), entry.reason());
    }
}
