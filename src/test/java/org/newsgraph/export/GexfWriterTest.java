package org.newsgraph.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.support.XmlSchemas;
import org.w3c.dom.Element;

import java.nio.file.Path;

import static org.newsgraph.export.GexfWriter.NS;

/** GEXF read back with the JDK's DOM parser. */
class GexfWriterTest extends EntityGraphWriterSuite {

    @Test
    void validAgainstThePublishedSchema(@TempDir Path dir) throws Exception {
        Path out = output(dir);
        writer().write(hostileGraph(), out);
        XmlSchemas.validate(out, "gexf.xsd");
    }

    @Override
    GraphWriter writer() {
        return new GexfWriter();
    }

    /** GEXF holds text in XML attributes, where line breaks and tabs read back as spaces. */
    @Override
    String expected(String label) {
        return label.replace('\n', ' ').replace('\t', ' ');
    }

    @Override
    ReadGraph read(Path out) throws Exception {
        Element root = XmlRead.parse(out).getDocumentElement();
        return new ReadGraph(XmlRead.elements(root, NS, "node").stream()
                .map(n -> new ReadNode(n.getAttribute("id"), n.getAttribute("label"))).toList(),
                XmlRead.elements(root, NS, "edge").stream().map(e -> new ReadEdge(e.getAttribute("id"),
                        e.getAttribute("source"), e.getAttribute("target"), e.getAttribute("label"),
                        Integer.parseInt(e.getAttribute("weight")), value(e, "example"), value(e, "sourceText"),
                        value(e, "targetText"))).toList());
    }

    private static String value(Element owner, String attribute) {
        return XmlRead.elements(owner, NS, "attvalue").stream().filter(v -> v.getAttribute("for").equals(attribute))
                .map(v -> v.getAttribute("value")).findFirst().orElse("");
    }
}
