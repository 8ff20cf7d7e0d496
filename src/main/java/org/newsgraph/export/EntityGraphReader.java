package org.newsgraph.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the picture's {@link EntityGraph} out of a store's dataset with SPARQL, in one read transaction: the
 * entities of the corpus graph, the concepts and actors the {@link NodeChoice} draws, and the asserted facts (a
 * negated one with its negated relation, "not favour"), which {@link Picture} aggregates per drawn (subject,
 * relation, object). Asserted facts are exactly the plain triples, so the edges of {@link NodeChoice#ENTITIES}
 * are those of {@code queries/entity-graph.rq}, and those of {@link NodeChoice#ALL} those of
 * {@code queries/story-graph.rq}.
 */
public final class EntityGraphReader {

    /** The type of a concept node: the local name of {@code ng:Concept}. */
    static final String CONCEPT = "Concept";

    private static final String CORPUS = "<" + NG.CORPUS_GRAPH.getURI() + ">";

    private static final String ENTITIES = NG.SPARQL_PREFIXES + """
            SELECT ?e ?label ?type WHERE {
              GRAPH %1$s {
                ?e a ng:Entity .
                OPTIONAL { ?e rdfs:label ?label }
                OPTIONAL { ?e a ?type FILTER(?type != ng:Entity && STRSTARTS(STR(?type), STR(ng:))) }
              }
            }""".formatted(CORPUS);

    private static final String CONCEPTS = NG.SPARQL_PREFIXES + """
            SELECT ?e (MIN(?l) AS ?label) WHERE {
              GRAPH %1$s { ?e a ng:Concept OPTIONAL { ?e rdfs:label ?l } }
            } GROUP BY ?e""".formatted(CORPUS);

    private static final String ALIASES = NG.SPARQL_PREFIXES + """
            SELECT ?e ?alias WHERE { GRAPH %1$s { ?e a ng:Entity ; skos:altLabel ?alias } }""".formatted(CORPUS);

    private static final String LINKS = NG.SPARQL_PREFIXES + """
            SELECT DISTINCT ?e ?link WHERE {
              GRAPH %1$s { ?e a ng:Entity }
              ?e owl:sameAs|schema:sameAs ?link FILTER(isIRI(?link))
            }""".formatted(CORPUS);

    // Per drawn node: with actors, a fact of "Turkish military" counts for Turkey too, once.
    private static final String FACT_COUNTS = NG.SPARQL_PREFIXES + """
            SELECT ?drawn (COUNT(DISTINCT ?f) AS ?n) WHERE {
              ?f a ng:Fact .
              { ?f rdf:subject ?e } UNION { ?f rdf:object ?e }
              %s
              BIND(COALESCE(?owner, ?e) AS ?drawn)
            } GROUP BY ?drawn""";

    private static final String FACTS = NG.SPARQL_PREFIXES + """
            SELECT ?f ?s ?p ?o ?label ?category ?confidence ?article ?date ?sentence WHERE {
              ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                 prov:wasDerivedFrom ?article .
              ?s ?p ?o .
              %s
              OPTIONAL { ?p rdfs:label ?label }
              OPTIONAL { ?f ng:category ?category }
              OPTIONAL { ?f ng:confidence ?confidence }
              OPTIONAL { ?f ng:sentence/ng:text ?sentence }
              OPTIONAL { ?article schema:datePublished ?date }
            }""";

    private final Dataset dataset;

    /** A reader of this dataset (a store's, whose default graph is the union of its graphs). */
    public EntityGraphReader(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The default picture: {@link NodeChoice#ALL}. */
    public EntityGraph read() {
        return read(NodeChoice.ALL);
    }

    /** The whole picture of this choice of nodes. */
    public EntityGraph read(NodeChoice choice) {
        return Txn.calculateRead(dataset, () -> {
            Picture picture = picture(choice);
            return picture.graph(facts(choice));
        });
    }

    /**
     * The part of the picture a SPARQL CONSTRUCT picks: the nodes its result names (as subject or object; an
     * actor named stands for the entity it is drawn as) and the edges of the facts it holds as a triple (subject,
     * relation or event category, object), as stored, before actors are drawn as their entities. The attributes
     * come from the store, so a query need only pick; {@code queries/entity-graph.rq} picks the whole picture of
     * {@link NodeChoice#ENTITIES} but its entities in no fact, {@code queries/story-graph.rq} that of
     * {@link NodeChoice#ALL}.
     *
     * @throws IllegalArgumentException when the query is not a CONSTRUCT
     */
    public EntityGraph read(NodeChoice choice, Query construct) {
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("the query must be a CONSTRUCT, not " + construct.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            Model picked;
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(construct).build()) {
                picked = qe.execConstruct();
            }
            Picture picture = picture(choice);
            Set<String> named = new HashSet<>();
            picked.listStatements().forEachRemaining(st -> {
                named.add(picture.drawn(st.getSubject().toString()));
                if (st.getObject().isResource()) {
                    named.add(picture.drawn(st.getObject().asResource().toString()));
                }
            });
            EntityGraph g = picture.graph(facts(choice).stream().filter(f -> picks(picked, f)).toList());
            return new EntityGraph(g.nodes().stream().filter(n -> named.contains(n.id())).toList(), g.edges());
        });
    }

    private static boolean picks(Model picked, Picture.Fact f) {
        Resource s = picked.createResource(f.subject());
        RDFNode o = picked.createResource(f.object());
        return picked.contains(s, picked.createProperty(f.relation()), o)
                || !f.category().isEmpty() && picked.contains(s, picked.createProperty(NG.NS + f.category()), o);
    }

    private Picture picture(NodeChoice choice) {
        Map<String, String> actors = new HashMap<>();
        if (choice == NodeChoice.ACTORS) {
            select(ActorQueries.all(), row -> actors.put(iri(row, "concept"), iri(row, "owner")));
        }
        Map<String, Integer> facts = new HashMap<>();
        select(FACT_COUNTS.formatted(choice == NodeChoice.ACTORS
                ? "OPTIONAL " + ActorQueries.actors("?e", "?owner") : ""),
                row -> facts.put(iri(row, "drawn"), row.getLiteral("n").getInt()));
        Map<String, EntityGraph.Node> concepts = new HashMap<>();
        if (choice != NodeChoice.ENTITIES) {
            select(CONCEPTS, row -> concepts.put(iri(row, "e"), new EntityGraph.Node(iri(row, "e"),
                    text(row, "label"), CONCEPT, facts.getOrDefault(iri(row, "e"), 0), List.of(), List.of())));
        }
        return new Picture(choice, entities(facts), concepts, actors);
    }

    private Map<String, EntityGraph.Node> entities(Map<String, Integer> facts) {
        Map<String, String[]> labelAndType = new LinkedHashMap<>();
        select(ENTITIES, row -> {
            String[] lt = labelAndType.computeIfAbsent(iri(row, "e"), e -> new String[] {"", ""});
            if (row.contains("label")) {
                lt[0] = row.getLiteral("label").getLexicalForm();
            }
            if (row.contains("type")) {
                lt[1] = row.getResource("type").getLocalName();
            }
        });
        Map<String, Set<String>> aliases = new HashMap<>();
        select(ALIASES, row -> aliases.computeIfAbsent(iri(row, "e"), e -> new TreeSet<>())
                .add(row.getLiteral("alias").getLexicalForm()));
        Map<String, Set<String>> links = new HashMap<>();
        select(LINKS, row -> links.computeIfAbsent(iri(row, "e"), e -> new TreeSet<>()).add(iri(row, "link")));
        Map<String, EntityGraph.Node> nodes = new HashMap<>();
        labelAndType.forEach((id, lt) -> nodes.put(id, new EntityGraph.Node(id, lt[0], lt[1],
                facts.getOrDefault(id, 0), List.copyOf(aliases.getOrDefault(id, Set.of())),
                List.copyOf(links.getOrDefault(id, Set.of())))));
        return nodes;
    }

    private List<Picture.Fact> facts(NodeChoice choice) {
        // Entities alone are asked of the store as before; with concepts, Picture tells the ends apart.
        String ends = choice == NodeChoice.ENTITIES ? "GRAPH " + CORPUS + " { ?s a ng:Entity . ?o a ng:Entity }"
                : "FILTER(isIRI(?s) && isIRI(?o))";
        List<Picture.Fact> facts = new ArrayList<>();
        select(FACTS.formatted(ends), row -> facts.add(new Picture.Fact(iri(row, "f"), iri(row, "s"),
                iri(row, "p"), iri(row, "o"), text(row, "label"),
                row.contains("category") ? row.getResource("category").getLocalName() : "",
                row.contains("confidence") ? row.getLiteral("confidence").getDouble() : 0, iri(row, "article"),
                text(row, "date"), text(row, "sentence"))));
        return facts;
    }

    private void select(String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : "";
    }
}
