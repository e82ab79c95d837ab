/** The audit log: every transition of a claim, payout or grant, with who, when and why. */
package org.huzhu.domain.model.audit;
