/** {@code POST /verify}: anyone checks whether a letter was issued, unchanged and current. */
package org.huzhu.interfaces.verify.rest;
