package org.huzhu.infrastructure.notice;

/**
 * Fired when notices are posted, so that the sender delivers them as soon as their event's transaction commits
 * rather than at its next round.
 */
public record NoticesPosted(int count) {
}
