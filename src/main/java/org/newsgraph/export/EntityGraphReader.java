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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the {@link EntityGraph} out of a store's dataset with SPARQL, in one read transaction: the entities of
 * the corpus graph, and the asserted (not negated) facts between two of them, aggregated per (subject, relation,
 * object). Asserted facts are exactly the plain triples, so the edges are those of {@code queries/entity-graph.rq}.
 */
public final class EntityGraphReader {

    private static final String CORPUS = "<" + NG.CORPUS_GRAPH.getURI() + ">";

    private static final String ENTITIES = NG.SPARQL_PREFIXES + """
            SELECT ?e ?label ?type WHERE {
              GRAPH %1$s {
                ?e a ng:Entity .
                OPTIONAL { ?e rdfs:label ?label }
                OPTIONAL { ?e a ?type FILTER(?type != ng:Entity && STRSTARTS(STR(?type), STR(ng:))) }
              }
            }""".formatted(CORPUS);

    private static final String ALIASES = NG.SPARQL_PREFIXES + """
            SELECT ?e ?alias WHERE { GRAPH %1$s { ?e a ng:Entity ; skos:altLabel ?alias } }""".formatted(CORPUS);

    private static final String LINKS = NG.SPARQL_PREFIXES + """
            SELECT DISTINCT ?e ?link WHERE {
              GRAPH %1$s { ?e a ng:Entity }
              ?e owl:sameAs|schema:sameAs ?link FILTER(isIRI(?link))
            }""".formatted(CORPUS);

    private static final String FACT_COUNTS = NG.SPARQL_PREFIXES + """
            SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE {
              ?f a ng:Fact .
              { ?f rdf:subject ?e } UNION { ?f rdf:object ?e }
            } GROUP BY ?e""";

    private static final String FACTS = NG.SPARQL_PREFIXES + """
            SELECT ?f ?s ?p ?o ?label ?category ?confidence ?article ?date ?sentence WHERE {
              ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:negated false ;
                 prov:wasDerivedFrom ?article .
              GRAPH %1$s { ?s a ng:Entity . ?o a ng:Entity }
              OPTIONAL { ?p rdfs:label ?label }
              OPTIONAL { ?f ng:category ?category }
              OPTIONAL { ?f ng:confidence ?confidence }
              OPTIONAL { ?f ng:sentence/ng:text ?sentence }
              OPTIONAL { ?article schema:datePublished ?date }
            }""".formatted(CORPUS);

    private final Dataset dataset;

    /** A reader of this dataset (a store's, whose default graph is the union of its graphs). */
    public EntityGraphReader(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The whole entity graph. */
    public EntityGraph read() {
        return Txn.calculateRead(dataset, () -> new EntityGraph(nodes(), edges()));
    }

    /**
     * The part of the entity graph a SPARQL CONSTRUCT picks: the entities its result names (as subject or object)
     * and the edges it holds as a triple (subject, relation or event category, object). The attributes come from
     * the store, so a query need only pick; {@code queries/entity-graph.rq} picks the whole graph.
     *
     * @throws IllegalArgumentException when the query is not a CONSTRUCT
     */
    public EntityGraph read(Query construct) {
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("the query must be a CONSTRUCT, not " + construct.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            Model picked;
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(construct).build()) {
                picked = qe.execConstruct();
            }
            Set<String> named = new java.util.HashSet<>();
            picked.listStatements().forEachRemaining(st -> {
                named.add(st.getSubject().toString());
                if (st.getObject().isResource()) {
                    named.add(st.getObject().asResource().toString());
                }
            });
            EntityGraph whole = new EntityGraph(nodes(), edges());
            List<EntityGraph.Edge> edges = whole.edges().stream().filter(e -> picks(picked, e)).toList();
            return new EntityGraph(whole.nodes().stream().filter(n -> named.contains(n.id())).toList(), edges);
        });
    }

    private static boolean picks(Model picked, EntityGraph.Edge e) {
        Resource s = picked.createResource(e.source());
        RDFNode o = picked.createResource(e.target());
        return picked.contains(s, picked.createProperty(e.relation()), o)
                || !e.category().isEmpty() && picked.contains(s, picked.createProperty(NG.NS + e.category()), o);
    }

    private List<EntityGraph.Node> nodes() {
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
        Map<String, Integer> facts = new HashMap<>();
        select(FACT_COUNTS, row -> facts.put(iri(row, "e"), row.getLiteral("n").getInt()));
        List<EntityGraph.Node> nodes = new ArrayList<>();
        labelAndType.forEach((id, lt) -> nodes.add(new EntityGraph.Node(id, lt[0], lt[1], facts.getOrDefault(id, 0),
                List.copyOf(aliases.getOrDefault(id, Set.of())), List.copyOf(links.getOrDefault(id, Set.of())))));
        nodes.sort(Comparator.comparing(EntityGraph.Node::id));
        return nodes;
    }

    /** One supporting fact of an edge, as the FACTS query reads it. */
    private record FactRow(String fact, String label, String category, double confidence, String article,
                           String date, String sentence) {
    }

    private List<EntityGraph.Edge> edges() {
        Map<List<String>, Map<String, FactRow>> bySpo = new HashMap<>();
        select(FACTS, row -> bySpo.computeIfAbsent(List.of(iri(row, "s"), iri(row, "p"), iri(row, "o")),
                k -> new HashMap<>()).putIfAbsent(iri(row, "f"), new FactRow(iri(row, "f"),
                text(row, "label"), row.contains("category") ? row.getResource("category").getLocalName() : "",
                row.contains("confidence") ? row.getLiteral("confidence").getDouble() : 0, iri(row, "article"),
                text(row, "date"), text(row, "sentence"))));
        List<List<String>> keys = new ArrayList<>(bySpo.keySet());
        keys.sort(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        List<EntityGraph.Edge> edges = new ArrayList<>();
        for (List<String> k : keys) {
            edges.add(edge("e" + edges.size(), k, bySpo.get(k).values()));
        }
        return edges;
    }

    private static EntityGraph.Edge edge(String id, List<String> spo, java.util.Collection<FactRow> facts) {
        // The surest fact gives the example; ties go to the first by fact IRI so the export is reproducible.
        FactRow surest = facts.stream().min(Comparator.comparingDouble((FactRow f) -> -f.confidence())
                .thenComparing(FactRow::fact)).orElseThrow();
        // ISO dates sort as text; a date that is not ISO still sorts, and the user sees it as written.
        TreeSet<String> dates = new TreeSet<>();
        facts.stream().map(FactRow::date).filter(d -> !d.isEmpty()).forEach(dates::add);
        List<String> articles = facts.stream().map(FactRow::article).distinct().sorted().toList();
        return new EntityGraph.Edge(id, spo.get(0), spo.get(2), spo.get(1), surest.label(), surest.category(),
                facts.size(), surest.confidence(), dates.isEmpty() ? "" : dates.first(),
                dates.isEmpty() ? "" : dates.last(), articles, surest.sentence());
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
