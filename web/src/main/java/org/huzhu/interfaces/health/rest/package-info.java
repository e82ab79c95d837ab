/** The health check over HTTP. */
package org.huzhu.interfaces.health.rest;
