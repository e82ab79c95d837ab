/** Settlement of approved claims: what each plan pays, in settlement order, within deductibles and caps. */
package org.huzhu.domain.model.payout;
