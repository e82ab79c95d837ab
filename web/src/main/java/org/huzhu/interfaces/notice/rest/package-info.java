/** The HTTP API of the outbox in the demo and test profiles: the notices posted to a phone, and a test's hook. */
package org.huzhu.interfaces.notice.rest;
