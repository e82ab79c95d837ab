package org.huzhu.domain.model.notice;

/** Where a notice in the outbox stands: waiting for a (further) try, taken by the SMS service, or given up. */
public enum NoticeStatus { PENDING, SENT, FAILED }
