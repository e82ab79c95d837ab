/** Adapters to the outside: persistence, security, documents, and the server settings. */
package org.huzhu.infrastructure;
