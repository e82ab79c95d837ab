/** Sign-out for the pages. */
package org.huzhu.interfaces.account.web;
