package org.newsgraph.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.support.XmlSchemas;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.newsgraph.export.GraphMlWriter.NS;

/** GraphML read back with the JDK's DOM parser, attributes found through their declared keys. */
class GraphMlWriterTest extends EntityGraphWriterSuite {

    @Test
    void validAgainstThePublishedSchema(@TempDir Path dir) throws Exception {
        Path out = output(dir);
        writer().write(hostileGraph(), out);
        XmlSchemas.validate(out, "graphml.xsd");
    }

    @Override
    GraphWriter writer() {
        return new GraphMlWriter();
    }

    @Override
    ReadGraph read(Path out) throws Exception {
        Element root = XmlRead.parse(out).getDocumentElement();
        Map<String, String> keyOf = new HashMap<>();
        for (Element k : XmlRead.elements(root, NS, "key")) {
            keyOf.put(k.getAttribute("for") + " " + k.getAttribute("attr.name"), k.getAttribute("id"));
        }
        // Node ids are name tokens; the IRI is the "iri" attribute.
        Map<String, String> iri = new HashMap<>();
        XmlRead.elements(root, NS, "node").forEach(n -> iri.put(n.getAttribute("id"), data(n, keyOf.get("node iri"))));
        return new ReadGraph(XmlRead.elements(root, NS, "node").stream()
                .map(n -> new ReadNode(iri.get(n.getAttribute("id")), data(n, keyOf.get("node label")))).toList(),
                XmlRead.elements(root, NS, "edge").stream().map(e -> new ReadEdge(e.getAttribute("id"),
                        iri.get(e.getAttribute("source")), iri.get(e.getAttribute("target")),
                        data(e, keyOf.get("edge label")),
                        Integer.parseInt(data(e, keyOf.get("edge weight"))), data(e, keyOf.get("edge example")),
                        data(e, keyOf.get("edge sourceText")), data(e, keyOf.get("edge targetText"))))
                        .toList());
    }

    /** A data value, "" when absent (the writer leaves empty values out). */
    private static String data(Element owner, String key) {
        return XmlRead.elements(owner, NS, "data").stream().filter(d -> d.getAttribute("key").equals(key))
                .map(Element::getTextContent).findFirst().orElse("");
    }
}
