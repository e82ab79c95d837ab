/**
 * The production adapter of the SMS service (SPEC.md §12): Alibaba Cloud SMS's {@code SendSms} over HTTPS, signed
 * with the documented V3 signature ({@code ACS3-HMAC-SHA256}), behind {@link org.huzhu.domain.model.notice.SmsGateway}.
 */
package org.huzhu.infrastructure.sms;
