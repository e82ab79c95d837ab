/** Hardship grants and condolences (免申即享): who gets how much within the year's budget. */
package org.huzhu.domain.model.grant;
