package org.newsgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.link.WikidataItem;
import org.newsgraph.rdf.NG;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's Wikidata graph ({@link NG#WIKIDATA_GRAPH}). It holds a cache of Wikidata's answers, keyed by the
 * English Wikipedia page IRI exactly as Wikidata writes sitelinks:
 * <pre>
 * &lt;https://en.wikipedia.org/wiki/Aleppo&gt; ng:wikidataChecked "…"^^xsd:dateTime ; schema:about wd:Q41183 .
 * wd:Q41183 wdt:P1566 "170063" .
 * </pre>
 * A page that was asked about and has no item keeps only {@code ng:wikidataChecked}, so it is not asked again.
 * Beside the cache, every entity linked to a page with an item gets {@code owl:sameAs} that item. The article
 * graphs are never touched, and {@link NewsStore#put(org.newsgraph.rdf.ArticleGraph, Map)} renames entities in this
 * graph too, as in every graph.
 */
public final class WikidataGraph {

    private static final String ENWIKI_PAGE = "https://en.wikipedia.org/wiki/";
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node G = NG.WIKIDATA_GRAPH;

    private final Dataset dataset;

    /** The Wikidata graph of this store; each method runs its own transaction. */
    public WikidataGraph(NewsStore store) {
        this.dataset = Objects.requireNonNull(store, "store").dataset();
    }

    /**
     * Every entity the article graphs link to an English Wikipedia page ({@code schema:sameAs}), with the IRIs of
     * those pages as the article graphs write them.
     */
    public Map<Node, Set<String>> wikipediaLinks() {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Set<String>> out = new LinkedHashMap<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, NG.schemaSameAs, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(G) && q.getObject().isURI()
                        && q.getObject().getURI().startsWith(ENWIKI_PAGE)) {
                    out.computeIfAbsent(q.getSubject(), e -> new TreeSet<>()).add(q.getObject().getURI());
                }
            });
            return out;
        });
    }

    /** Those of these pages that Wikidata was already asked about, whether or not it had an item for them. */
    public Set<String> checked(Collection<String> pages) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<String> out = new HashSet<>();
            for (String page : pages) {
                if (dsg.contains(G, NodeFactory.createURI(page), NG.wikidataChecked, Node.ANY)) {
                    out.add(page);
                }
            }
            return out;
        });
    }

    /** The cached items of those of these pages that have one. */
    public Map<String, WikidataItem> items(Collection<String> pages) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, WikidataItem> out = new LinkedHashMap<>();
            for (String page : pages) {
                cached(dataset.asDatasetGraph(), page).ifPresent(item -> out.put(page, item));
            }
            return out;
        });
    }

    /**
     * Stores one batch of Wikidata's answers in one write transaction: replaces what the cache said about every
     * page asked, marks them checked at this time, and rewrites the {@code owl:sameAs} Wikidata of the entities
     * linked to them.
     *
     * @param asked        the pages that were asked about
     * @param found        the items Wikidata had for some of them
     * @param when         when Wikidata answered
     * @param entityPages  for each entity linked to an asked page, all the pages it is linked to (Wikidata's form)
     */
    public void record(Collection<String> asked, Collection<WikidataItem> found, Instant when,
                       Map<Node, Set<String>> entityPages) {
        Node checkedAt = NodeFactory.createLiteralDT(when.truncatedTo(ChronoUnit.SECONDS).toString(),
                XSDDatatype.XSDdateTime);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String page : asked) {
                forget(dsg, NodeFactory.createURI(page));
            }
            for (String page : asked) {
                dsg.add(G, NodeFactory.createURI(page), NG.wikidataChecked, checkedAt);
            }
            for (WikidataItem item : found) {
                Node i = NodeFactory.createURI(item.item());
                dsg.add(G, NodeFactory.createURI(item.page()), NG.schemaAbout, i);
                for (String id : item.geonames()) {
                    dsg.add(G, i, NG.wdtGeonamesId, NodeFactory.createLiteralString(id));
                }
            }
            relink(dsg, entityPages);
        });
    }

    /**
     * Rewrites every {@code owl:sameAs} of the graph from the cache, in one write transaction: entities linked to
     * a page with a cached item get it, and links of entities no longer linked to that page (re-linked or deleted
     * since) go.
     *
     * @param entityPages every linked entity with the pages it is linked to (Wikidata's form)
     */
    public void relinkAll(Map<Node, Set<String>> entityPages) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(G, Node.ANY, SAME_AS, Node.ANY);
            relink(dsg, entityPages);
        });
    }

    /** The entities the graph gives an {@code owl:sameAs} Wikidata item. */
    public Set<Node> linkedEntities() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> out = new HashSet<>();
            dataset.asDatasetGraph().find(G, Node.ANY, SAME_AS, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }

    private static void relink(DatasetGraph dsg, Map<Node, Set<String>> entityPages) {
        entityPages.forEach((entity, pages) -> {
            dsg.deleteAny(G, entity, SAME_AS, Node.ANY);
            for (String page : pages) {
                cached(dsg, page).ifPresent(item ->
                        dsg.add(G, entity, SAME_AS, NodeFactory.createURI(item.item())));
            }
        });
    }

    /** Drops what the cache says about a page, and its item's GeoNames IDs unless another page is about it. */
    private static void forget(DatasetGraph dsg, Node page) {
        List<Node> items = new ArrayList<>();
        dsg.find(G, page, NG.schemaAbout, Node.ANY).forEachRemaining(q -> items.add(q.getObject()));
        dsg.deleteAny(G, page, Node.ANY, Node.ANY);
        for (Node item : items) {
            if (!dsg.contains(G, Node.ANY, NG.schemaAbout, item)) {
                dsg.deleteAny(G, item, NG.wdtGeonamesId, Node.ANY);
            }
        }
    }

    private static Optional<WikidataItem> cached(DatasetGraph dsg, String page) {
        List<Quad> about = Iter.toList(dsg.find(G, NodeFactory.createURI(page), NG.schemaAbout, Node.ANY));
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Node item = about.get(0).getObject();
        Set<String> geonames = new TreeSet<>();
        dsg.find(G, item, NG.wdtGeonamesId, Node.ANY).forEachRemaining((Quad q) ->
                geonames.add(q.getObject().getLiteralLexicalForm()));
        return Optional.of(new WikidataItem(page, item.getURI(), geonames));
    }
}
