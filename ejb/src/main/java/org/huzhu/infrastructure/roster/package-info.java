/** Roster files as units send them (CSV in UTF-8 or GB18030, XLSX) and the rejects files sent back. */
package org.huzhu.infrastructure.roster;
