/** Application services: the use cases that the web pages, the HTTP API and the jobs call. */
package org.huzhu.application;
