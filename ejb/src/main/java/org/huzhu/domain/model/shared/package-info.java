/** Value objects shared by every aggregate: money and the identifiers with check characters. */
package org.huzhu.domain.model.shared;
