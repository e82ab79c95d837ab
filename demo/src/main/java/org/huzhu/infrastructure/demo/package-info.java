/** A deterministic synthetic county (units, members, enrolments, claims) and the loader that seeds it as demo data. */
package org.huzhu.infrastructure.demo;
