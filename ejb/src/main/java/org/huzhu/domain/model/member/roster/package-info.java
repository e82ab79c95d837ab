/** A unit's roster (参保名单): its columns, and the rules that turn each row into a member and enrolments. */
package org.huzhu.domain.model.member.roster;
