package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.WikidataGraph;
import org.newsgraph.link.Sitelinks;
import org.newsgraph.link.WikidataClient;
import org.newsgraph.link.WikidataException;
import org.newsgraph.link.WikidataItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links the store's entities to Wikidata: every English Wikipedia page an entity is linked to is looked up once
 * (then answered from the store's cache), and the entity gets {@code owl:sameAs} the page's Wikidata item.
 */
public final class WikidataLinking {

    /** Hears how far the lookups are. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (asked, toAsk) -> { };

        /** Called after each request with the number of pages asked so far and in all. */
        void asked(int asked, int toAsk);
    }

    /**
     * What a run did.
     *
     * @param pages     distinct English Wikipedia pages the store's entities are linked to
     * @param asked     pages asked about over HTTP in this run
     * @param requests  HTTP requests made
     * @param fromCache pages answered from the store's cache
     * @param qids      pages that have a Wikidata item
     * @param geonames  pages whose item has a GeoNames ID
     * @param entities  entities that have {@code owl:sameAs} a Wikidata item
     */
    public record Summary(int pages, int asked, int requests, int fromCache, int qids, int geonames, int entities) {
    }

    private final WikidataGraph graph;
    private final WikidataClient client;
    private final int batchSize;

    /**
     * @param batchSize how many pages one request asks about
     */
    public WikidataLinking(NewsStore store, WikidataClient client, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.graph = new WikidataGraph(Objects.requireNonNull(store, "store"));
        this.client = Objects.requireNonNull(client, "client");
        this.batchSize = batchSize;
    }

    /**
     * Links every linked entity: first from the cache (no HTTP), then asks about the pages the cache does not
     * know, one write transaction per batch, so a failure keeps every batch answered before it.
     *
     * @param refresh ask about every page again, cached or not
     * @throws WikidataException when a request fails; the batches before it stay stored
     */
    public Summary run(boolean refresh, Progress progress) {
        Map<Node, Set<String>> entityPages = new LinkedHashMap<>();
        graph.wikipediaLinks().forEach((entity, iris) -> iris.forEach(iri -> Sitelinks.wikidataForm(iri)
                .ifPresent(page -> entityPages.computeIfAbsent(entity, e -> new TreeSet<>()).add(page))));
        Map<String, Set<Node>> entitiesOf = new TreeMap<>();
        entityPages.forEach((entity, pages) -> pages.forEach(page ->
                entitiesOf.computeIfAbsent(page, p -> new LinkedHashSet<>()).add(entity)));
        // The cache first: entities linked since the last run get their items without a request, and links
        // of entities that were deleted or re-linked since go.
        graph.relinkAll(entityPages);
        List<String> toAsk = new ArrayList<>(entitiesOf.keySet());
        if (!refresh) {
            toAsk.removeAll(graph.checked(toAsk));
        }
        int requests = 0;
        for (int from = 0; from < toAsk.size(); from += batchSize) {
            List<String> batch = toAsk.subList(from, Math.min(toAsk.size(), from + batchSize));
            List<WikidataItem> found = client.lookup(batch);
            requests++;
            Map<Node, Set<String>> touched = new LinkedHashMap<>();
            for (String page : batch) {
                for (Node entity : entitiesOf.get(page)) {
                    touched.put(entity, entityPages.get(entity));
                }
            }
            graph.record(batch, found, Instant.now(), touched);
            progress.asked(from + batch.size(), toAsk.size());
        }
        Map<String, WikidataItem> items = graph.items(entitiesOf.keySet());
        int geonames = (int) items.values().stream().filter(i -> !i.geonames().isEmpty()).count();
        return new Summary(entitiesOf.size(), toAsk.size(), requests, entitiesOf.size() - toAsk.size(),
                items.size(), geonames, graph.linkedEntities().size());
    }
}
