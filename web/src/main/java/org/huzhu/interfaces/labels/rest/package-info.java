/** The words the pages show for the API's codes, over HTTP, from the domain that owns them. */
package org.huzhu.interfaces.labels.rest;
