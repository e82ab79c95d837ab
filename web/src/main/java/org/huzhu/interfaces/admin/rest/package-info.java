/** The admin's resources: staff accounts. */
package org.huzhu.interfaces.admin.rest;
