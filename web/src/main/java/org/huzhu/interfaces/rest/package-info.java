/** What every HTTP resource shares: the JAX-RS application, problem documents, authentication. */
package org.huzhu.interfaces.rest;
