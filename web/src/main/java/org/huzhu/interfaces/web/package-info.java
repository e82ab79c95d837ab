/** Servlet-level concerns shared by the pages and the API: security headers, cross-site requests. */
package org.huzhu.interfaces.web;
