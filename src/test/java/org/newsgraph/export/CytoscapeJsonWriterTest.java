package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cytoscape.js JSON read back with Jackson. */
class CytoscapeJsonWriterTest extends EntityGraphWriterSuite {

    @Override
    GraphWriter writer() {
        return new CytoscapeJsonWriter();
    }

    @Override
    ReadGraph read(Path out) throws Exception {
        JsonNode elements = new ObjectMapper().readTree(out.toFile()).get("elements");
        return new ReadGraph(StreamSupport.stream(elements.get("nodes").spliterator(), false)
                .map(n -> n.get("data")).map(d -> new ReadNode(d.get("id").asText(), d.get("label").asText()))
                .toList(),
                StreamSupport.stream(elements.get("edges").spliterator(), false).map(e -> e.get("data"))
                        .map(d -> new ReadEdge(d.get("id").asText(), d.get("source").asText(),
                                d.get("target").asText(), d.get("label").asText(), d.get("weight").intValue(),
                                d.get("example").asText(), joined(d.get("sourceText")),
                                joined(d.get("targetText"))))
                        .toList());
    }

    /** A JSON array of strings as the text formats write the list. */
    private static String joined(JsonNode array) {
        assertTrue(array.isArray(), "a list stays a list: " + array);
        return String.join(Values.ALIAS_SEPARATOR, StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText).toList());
    }
}
