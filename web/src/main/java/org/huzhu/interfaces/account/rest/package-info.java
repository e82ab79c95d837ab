/** The signed-in account over HTTP. */
package org.huzhu.interfaces.account.rest;
