package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of nodes and edges as the text-valued formats (GraphML, GEXF, DOT, CSV) write them: lists and
 * numbers put into one-value cells the same way everywhere.
 */
final class Values {

    /** Between aliases and original labels; names rarely hold a bar, and a reader splitting on it gets them back. */
    static final String ALIAS_SEPARATOR = " | ";

    /** The names of the node attributes {@link #of(EntityGraph.Node)} gives, in its order. */
    static final List<String> NODE_ATTRIBUTES = List.of("type", "facts", "aliases", "sameAs");
    /** The names of the edge attributes {@link #of(EntityGraph.Edge)} gives, in its order. */
    static final List<String> EDGE_ATTRIBUTES = List.of("relation", "category", "confidence", "firstDate",
            "lastDate", "articles", "example", "sourceText", "targetText");

    /** What an attribute holds: "integer", "double" or "string" (GEXF's type names). */
    static String type(String attribute) {
        return switch (attribute) {
            case "facts", "weight" -> "integer";
            case "confidence" -> "double";
            default -> "string";
        };
    }

    private Values() {
    }

    /** Aliases, or an edge's original labels, in one cell. */
    static String aliases(List<String> aliases) {
        return String.join(ALIAS_SEPARATOR, aliases);
    }

    /** IRIs in one cell, space-separated: an IRI holds no space. */
    static String iris(List<String> iris) {
        return String.join(" ", iris);
    }

    /**
     * A node's attributes besides its id and label, by name, as text; every format writes these under these
     * names.
     */
    static Map<String, String> of(EntityGraph.Node n) {
        return named(NODE_ATTRIBUTES, List.of(n.type(), Integer.toString(n.facts()), aliases(n.aliases()),
                iris(n.sameAs())));
    }

    /** An edge's attributes besides its id, ends, label and weight, by name, as text. */
    static Map<String, String> of(EntityGraph.Edge e) {
        return named(EDGE_ATTRIBUTES, List.of(e.relation(), e.category(), number(e.confidence()), e.firstDate(),
                e.lastDate(), iris(e.articles()), e.example(), aliases(e.sourceText()), aliases(e.targetText())));
    }

    private static Map<String, String> named(List<String> names, List<String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            v.put(names.get(i), values.get(i));
        }
        return v;
    }

    /** A confidence as written everywhere: Java's shortest round-tripping decimal. */
    static String number(double d) {
        return Double.toString(d);
    }
}
