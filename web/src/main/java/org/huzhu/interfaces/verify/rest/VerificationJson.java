package org.huzhu.interfaces.verify.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What {@code POST /verify} answers. Every field is always there: {@code unchanged} and {@code letterNo} are null
 * when they cannot be told (a code typed for no letter, a file that matches none), not left out.
 *
 * @param supersededBy the number of the letter that replaced this one, null while it is current (or not issued)
 * @param finding the verification's finding, a fixed word such as {@code VALID} or {@code ALTERED}
 * @param reason  the finding in the caller's language
 */
@JsonbNillable
@JsonbPropertyOrder({"issued", "unchanged", "current", "signatureValid", "letterNo", "supersededBy", "finding",
        "reason"})
public record VerificationJson(boolean issued, Boolean unchanged, boolean current, boolean signatureValid,
                               String letterNo, String supersededBy, String finding, String reason) {
}
