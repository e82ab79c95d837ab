/** Claim intake and registration over HTTP: thin adapters around the application services. */
package org.huzhu.interfaces.intake.rest;
