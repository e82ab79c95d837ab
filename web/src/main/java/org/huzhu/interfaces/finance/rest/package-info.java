/** Finance's HTTP API: batch jobs (start, stop, restart, progress), payment files and the reports. */
package org.huzhu.interfaces.finance.rest;
