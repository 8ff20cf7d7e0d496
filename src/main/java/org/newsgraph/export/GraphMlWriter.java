package org.newsgraph.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphML (graphml.graphdrawing.org): one {@code <key>} per attribute, every value as {@code <data>} element text,
 * so labels keep their line breaks. A value that is empty is left out, as GraphML means absent. GraphML's schema
 * types node ids as XML name tokens, which an IRI is not ({@code /}, {@code %}), so nodes are {@code n0},
 * {@code n1}, … with the IRI in the {@code iri} attribute.
 */
public final class GraphMlWriter implements GraphWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** A declared attribute: its key id, the element it is for and its name. */
    private record Key(String id, String forElement, String name) {
    }

    // The edge's label gets its own key id, since key ids are global in GraphML and the node's label has "label".
    private static final List<Key> KEYS = keys();

    private static List<Key> keys() {
        List<Key> keys = new ArrayList<>(List.of(new Key("iri", "node", "iri"), new Key("label", "node", "label")));
        Values.NODE_ATTRIBUTES.forEach(a -> keys.add(new Key(a, "node", a)));
        keys.add(new Key("elabel", "edge", "label"));
        keys.add(new Key("weight", "edge", "weight"));
        Values.EDGE_ATTRIBUTES.forEach(a -> keys.add(new Key(a, "edge", a)));
        return List.copyOf(keys);
    }

    @Override
    public void write(EntityGraph graph, Path out) throws IOException {
        XmlOutput.write(out, w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            for (Key k : KEYS) {
                w.writeCharacters("\n");
                w.writeEmptyElement("key");
                w.writeAttribute("id", k.id());
                w.writeAttribute("for", k.forElement());
                w.writeAttribute("attr.name", k.name());
                // GraphML says "int" where GEXF says "integer".
                w.writeAttribute("attr.type", Values.type(k.name()).replace("integer", "int"));
            }
            w.writeCharacters("\n");
            w.writeStartElement("graph");
            w.writeAttribute("id", "entities");
            w.writeAttribute("edgedefault", "directed");
            Map<String, String> nodeIds = new HashMap<>();
            for (EntityGraph.Node n : graph.nodes()) {
                String id = "n" + nodeIds.size();
                nodeIds.put(n.id(), id);
                w.writeCharacters("\n");
                w.writeStartElement("node");
                w.writeAttribute("id", id);
                data(w, nodeData(n));
                w.writeEndElement();
            }
            for (EntityGraph.Edge e : graph.edges()) {
                w.writeCharacters("\n");
                w.writeStartElement("edge");
                w.writeAttribute("id", XmlOutput.attribute(e.id()));
                w.writeAttribute("source", nodeIds.get(e.source()));
                w.writeAttribute("target", nodeIds.get(e.target()));
                data(w, edgeData(e));
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    private static Map<String, String> nodeData(EntityGraph.Node n) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("iri", n.id());
        d.put("label", n.label());
        d.putAll(Values.of(n));
        return d;
    }

    private static Map<String, String> edgeData(EntityGraph.Edge e) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("elabel", e.label());
        d.put("weight", Integer.toString(e.weight()));
        d.putAll(Values.of(e));
        return d;
    }

    private static void data(XMLStreamWriter w, Map<String, String> values) throws XMLStreamException {
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (!v.getValue().isEmpty()) {
                w.writeStartElement("data");
                w.writeAttribute("key", v.getKey());
                w.writeCharacters(XmlOutput.text(v.getValue()));
                w.writeEndElement();
            }
        }
    }
}
