package org.huzhu.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.huzhu.it.support.ApiAccess;
import org.junit.jupiter.api.Test;

/**
 * The EAR that production deploys (ear/target/huzhu.ear, built before this module) holds no demo code: the synthetic
 * county and the demo users live in the demo module, which only the demo EAR of {@code ./huzhu start} carries.
 */
class ProductionEarTest {

    private static final String DEMO_PACKAGE = "org/huzhu/infrastructure/demo/";

    @Test
    void holdsNoDemoClassInAnyOfItsModulesOrLibraries() throws IOException {
        Path ear = ApiAccess.projectRoot().resolve("ear/target/huzhu.ear");
        assertTrue(Files.isRegularFile(ear), "no EAR at " + ear + ": build it first");
        List<String> demo = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ear)) {
            collectDemoEntries(in, ear.getFileName().toString(), demo, modules);
        }
        assertTrue(modules.contains("huzhu.ear!/huzhu-ejb.jar"), () -> "not the EAR expected: " + modules);
        assertEquals(List.of(), demo);
    }

    /** Walks an archive and the archives inside it, noting every entry of the demo package and every nested jar. */
    private static void collectDemoEntries(InputStream archive, String name, List<String> demo, List<String> modules)
            throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String path = name + "!/" + entry.getName();
            boolean demoFile = !entry.isDirectory() && entry.getName().contains(DEMO_PACKAGE);
            if (demoFile || entry.getName().endsWith("huzhu-demo.jar")) {
                demo.add(path);
            }
            if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
                modules.add(path);
                // not closed: closing the nested stream would close the outer one
                collectDemoEntries(zip, path, demo, modules);
            }
        }
    }
}
