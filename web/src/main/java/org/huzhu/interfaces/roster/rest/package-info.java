/** The HTTP API of roster imports: uploading a file, and what a run of enrollment-import did. */
package org.huzhu.interfaces.roster.rest;
