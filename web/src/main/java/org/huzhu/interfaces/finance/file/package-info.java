/** Files finance downloads that are built on request: the reports' XLSX workbook. */
package org.huzhu.interfaces.finance.file;
