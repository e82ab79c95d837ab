package org.huzhu.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API of SPEC.md §11 under {@code /huzhu/api/v1}. */
@ApplicationPath("/api/v1")
public class HuzhuApi extends Application {
}
