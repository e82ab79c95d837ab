package org.huzhu.it.foundation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Deployed only with {@link BadInputCorpusIT}: the server's heap in use after a full collection, in bytes (a JSON
 * number), so that
 * the test can tell whether hostile input left memory behind. Several collections, since one may leave objects
 * that only become unreachable in the next.
 */
@Path("test-heap")
@PermitAll
public class HeapProbe {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String usedAfterCollection() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return Long.toString(least);
    }
}
