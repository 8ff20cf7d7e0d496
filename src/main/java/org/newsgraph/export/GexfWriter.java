package org.newsgraph.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.2 (gexf.net), Gephi's own format; 1.2 rather than 1.3 because networkx, which the tests read it with,
 * reads up to 1.2. GEXF holds labels and attribute values in XML attributes, where line breaks do not survive
 * reading, so they are written as spaces (see {@link XmlOutput#attribute}).
 */
public final class GexfWriter implements GraphWriter {

    static final String NS = "http://www.gexf.net/1.2draft";

    @Override
    public void write(EntityGraph graph, Path out) throws IOException {
        XmlOutput.write(out, w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.2");
            w.writeCharacters("\n");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("newsgraph");
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("graph");
            w.writeAttribute("mode", "static");
            w.writeAttribute("defaultedgetype", "directed");
            declare(w, "node", Values.NODE_ATTRIBUTES);
            declare(w, "edge", Values.EDGE_ATTRIBUTES);
            w.writeCharacters("\n");
            w.writeStartElement("nodes");
            for (EntityGraph.Node n : graph.nodes()) {
                w.writeCharacters("\n");
                w.writeStartElement("node");
                w.writeAttribute("id", XmlOutput.attribute(n.id()));
                w.writeAttribute("label", XmlOutput.attribute(n.label()));
                values(w, Values.of(n));
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("edges");
            for (EntityGraph.Edge e : graph.edges()) {
                w.writeCharacters("\n");
                w.writeStartElement("edge");
                w.writeAttribute("id", XmlOutput.attribute(e.id()));
                w.writeAttribute("source", XmlOutput.attribute(e.source()));
                w.writeAttribute("target", XmlOutput.attribute(e.target()));
                w.writeAttribute("label", XmlOutput.attribute(e.label()));
                w.writeAttribute("weight", Integer.toString(e.weight()));
                values(w, Values.of(e));
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    private static void declare(XMLStreamWriter w, String forClass, List<String> attributes)
            throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("attributes");
        w.writeAttribute("class", forClass);
        for (String a : attributes) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a);
            w.writeAttribute("title", a);
            w.writeAttribute("type", Values.type(a));
        }
        w.writeEndElement();
    }

    /** The attvalues of a node or edge; empty values are left out, GEXF's way of saying absent. */
    private static void values(XMLStreamWriter w, Map<String, String> values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (!v.getValue().isEmpty()) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", v.getKey());
                w.writeAttribute("value", XmlOutput.attribute(v.getValue()));
            }
        }
        w.writeEndElement();
    }
}
