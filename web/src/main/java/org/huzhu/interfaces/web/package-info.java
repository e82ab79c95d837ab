/** Servlet-level concerns shared by the pages and the API: security headers. */
package org.huzhu.interfaces.web;
