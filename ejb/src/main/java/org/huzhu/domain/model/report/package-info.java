/** The union's figures for a period (SPEC.md §10): the period and the rows the county reports. */
package org.huzhu.domain.model.report;
