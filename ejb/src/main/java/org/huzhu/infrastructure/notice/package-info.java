/**
 * Delivering the outbox (SPEC.md §12): the sender and its timer, the choice of SMS gateway, and the recorder that
 * stands in for the SMS service in the demo and test profiles.
 */
package org.huzhu.infrastructure.notice;
