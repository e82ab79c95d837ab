/** Stateless EJBs that implement the application services over the domain and persistence. */
package org.huzhu.application.internal;
