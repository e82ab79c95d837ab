package org.huzhu.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * JBeret runs a partitioned step's own thread, which waits for the partitions and calls the analyzer, inside one
 * JTA transaction unless the step says otherwise; the server's transaction timeout (300 s) then aborts it under a
 * long step, and the step fails as its last partition ends (seen settling 1,000,000 claims on a loaded machine).
 * Every partitioned step of every job must therefore turn that transaction off.
 */
class PartitionedStepsTest {

    private static final Path JOBS = Path.of("src/main/resources/META-INF/batch-jobs");
    private static final String ANALYZER_TX_DISABLED = "jberet.analyzer.txDisabled";

    @Test
    void everyPartitionedStepWaitsForItsPartitionsOutsideATransaction() throws Exception {
        List<String> partitioned = new ArrayList<>();
        try (Stream<Path> jobs = Files.list(JOBS)) {
            for (Path job : jobs.filter(path -> path.toString().endsWith(".xml")).sorted().toList()) {
                NodeList steps = parse(job).getElementsByTagNameNS("*", "step");
                for (int i = 0; i < steps.getLength(); i++) {
                    Element step = (Element) steps.item(i);
                    if ("true".equals(step.getAttribute("abstract"))) {
                        continue;  // runs only as a concrete step that inherits it
                    }
                    Element stepOrParent = inherited(step);
                    if (child(step, "partition") != null || child(stepOrParent, "partition") != null) {
                        String name = job.getFileName() + "#" + step.getAttribute("id");
                        partitioned.add(name);
                        Element propertiesHolder = child(step, "properties") != null ? step : stepOrParent;
                        assertEquals("true", stepProperty(propertiesHolder, ANALYZER_TX_DISABLED), name);
                    }
                }
            }
        }
        assertFalse(partitioned.isEmpty(), "no partitioned step found: is " + JOBS + " still where the jobs are?");
        assertEquals(List.of("hardship-grant.xml#letters", "payout-settlement.xml#letters",
                "payout-settlement.xml#settle"), partitioned.stream().sorted().toList());
    }

    /**
     * The parent a step inherits from (JSL inheritance: {@code parent} and {@code jsl-name}, another file of the
     * jobs), else the step itself. As JBeret merges them, a child without a partition or properties of its own
     * takes its parent's.
     */
    private static Element inherited(Element step) throws Exception {
        String parent = step.getAttribute("parent");
        if (parent.isEmpty()) {
            return step;
        }
        NodeList steps = parse(JOBS.resolve(step.getAttribute("jsl-name") + ".xml")).getElementsByTagNameNS("*", "step");
        for (int i = 0; i < steps.getLength(); i++) {
            Element candidate = (Element) steps.item(i);
            if (parent.equals(candidate.getAttribute("id"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("step " + step.getAttribute("id") + " inherits a missing step " + parent);
    }

    private static Document parse(Path job) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(job)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(job + " unreadable", e);
        }
    }

    /** A property of the step itself (not of its reader, writer or partition). */
    private static String stepProperty(Element step, String name) {
        Element properties = child(step, "properties");
        if (properties == null) {
            return null;
        }
        for (Node node = properties.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element property && name.equals(property.getAttribute("name"))) {
                return property.getAttribute("value");
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
