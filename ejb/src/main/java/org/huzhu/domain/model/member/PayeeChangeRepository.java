package org.huzhu.domain.model.member;

import java.util.List;
import java.util.Optional;

/**
 * Requests to change a member's payee or unit. A request is its own aggregate, not a part of {@link Member}: it has its
 * own id, its own life (pending, then confirmed or refused by a second person) and its own audit entries, and a
 * member is read and changed many times without their requests.
 */
public interface PayeeChangeRepository {

    /** The member's pending request of this kind: there is one at most. */
    Optional<PayeeChange> pending(long memberId, PayeeChange.Kind kind);

    /** Adds a request and gives it its id. */
    void add(PayeeChange change);

    /** The latest requests first, of one status or (null) of all. */
    List<PayeeChange> latest(PayeeChange.Status status, int limit);

    /** The request, locked until the transaction ends: two decisions of one request are taken one after the other. */
    Optional<PayeeChange> locked(long changeId);
}
