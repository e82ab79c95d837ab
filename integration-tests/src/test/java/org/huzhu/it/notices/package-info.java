/** Notices to members: posted at their events, delivered through the recording SMS gateway, listed for admins. */
package org.huzhu.it.notices;
