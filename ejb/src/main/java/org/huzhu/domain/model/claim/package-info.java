/** Claims: their lifecycle, the intake rules V02–V13 and the service time of the 1-3-10 rule. */
package org.huzhu.domain.model.claim;
