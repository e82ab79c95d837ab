package org.huzhu.interfaces.labels.rest;

import java.util.List;
import java.util.Map;

/**
 * Every word the pages show for a code of the API, each kind as a map from code to word in the domain's order (the
 * pages list select options in that order), written by JSON-B as {@code GET /labels}.
 *
 * @param jobOutcome the words of a run's exit status: its leading outcome ({@code DRY_RUN}, {@code REFUSED} …)
 *                   and the names of its {@code key=value} counts
 */
public record Labels(
        Map<String, String> plan,
        Map<String, String> status,
        Map<String, String> cause,
        Map<String, String> outcome,
        Map<String, String> complexity,
        Map<String, String> payer,
        Map<String, String> category,
        Map<String, String> hardship,
        Map<String, String> gender,
        Map<String, String> document,
        Map<String, String> grantKind,
        Map<String, String> letterKind,
        Map<String, String> payeeChangeKind,
        Map<String, String> payeeChangeSource,
        Map<String, String> role,
        Map<String, String> job,
        Map<String, String> jobStatus,
        Map<String, String> jobOutcome,
        Map<String, PlanDocuments> requiredDocuments) {

    /** The documents a plan asks for on every claim, and what an accident's outcome adds. */
    public record PlanDocuments(List<String> always, Map<String, List<String>> byAccidentOutcome) {
    }
}
