/** Adapters to the server's security: password hashing in the form the Elytron realm reads. */
package org.huzhu.infrastructure.security;
