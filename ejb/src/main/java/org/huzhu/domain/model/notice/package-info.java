/**
 * Text messages to members (SPEC.md §12): what each notice says ({@link NoticeKind}), one notice to one phone
 * ({@link Notice}), and the outbox that keeps it in its event's transaction until it is sent ({@link Outbox}).
 */
package org.huzhu.domain.model.notice;
