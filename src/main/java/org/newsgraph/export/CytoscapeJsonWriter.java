package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}), which Cytoscape
 * desktop imports as a {@code .cyjs} file. Jackson writes it, so every string is escaped as JSON requires; lists
 * stay lists and numbers stay numbers.
 */
public final class CytoscapeJsonWriter implements GraphWriter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(EntityGraph graph, Path out) throws IOException {
        OutputFiles.prepare(out);
        try (JsonGenerator g = JSON.createGenerator(out.toFile(), JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("name", "newsgraph entities");
            g.writeEndObject();
            g.writeObjectFieldStart("elements");
            g.writeArrayFieldStart("nodes");
            for (EntityGraph.Node n : graph.nodes()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", n.id());
                g.writeStringField("label", n.label());
                g.writeStringField("type", n.type());
                g.writeNumberField("facts", n.facts());
                strings(g, "aliases", n.aliases());
                strings(g, "sameAs", n.sameAs());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (EntityGraph.Edge e : graph.edges()) {
                g.writeStartObject();
                g.writeObjectFieldStart("data");
                g.writeStringField("id", e.id());
                g.writeStringField("source", e.source());
                g.writeStringField("target", e.target());
                g.writeStringField("label", e.label());
                g.writeNumberField("weight", e.weight());
                g.writeStringField("relation", e.relation());
                g.writeStringField("category", e.category());
                g.writeNumberField("confidence", e.confidence());
                g.writeStringField("firstDate", e.firstDate());
                g.writeStringField("lastDate", e.lastDate());
                strings(g, "articles", e.articles());
                g.writeStringField("example", e.example());
                strings(g, "sourceText", e.sourceText());
                strings(g, "targetText", e.targetText());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
