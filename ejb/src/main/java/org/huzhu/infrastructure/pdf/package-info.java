/** PDF rendering and PAdES signing adapters. */
package org.huzhu.infrastructure.pdf;
