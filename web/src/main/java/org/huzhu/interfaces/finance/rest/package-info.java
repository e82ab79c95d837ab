/** Finance's HTTP API: batch jobs (start, stop, restart, progress) and payment files. */
package org.huzhu.interfaces.finance.rest;
