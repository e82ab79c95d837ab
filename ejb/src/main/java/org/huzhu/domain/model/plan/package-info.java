/** Mutual-aid plans, their versions per plan year and their parameters. */
package org.huzhu.domain.model.plan;
