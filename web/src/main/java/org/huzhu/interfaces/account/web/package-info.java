/** Sign-out for the pages (a POST). */
package org.huzhu.interfaces.account.web;
