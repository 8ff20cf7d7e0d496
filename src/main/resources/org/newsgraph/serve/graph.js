// The /graph page: reads the graph of the news from the SPARQL endpoint and draws it with Cytoscape.js.
// Every label comes from news text, so text reaches the DOM only through textContent, never innerHTML, and
// links only get http(s) addresses.
(function () {
  'use strict';

  const ENDPOINT = '/newsgraph/sparql';
  const CORPUS = '<urn:newsgraph:graph:corpus>';
  const PREFIXES = [
    'PREFIX ng: <https://w3id.org/newsgraph/ontology#>',
    'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX schema: <https://schema.org/>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>', ''].join('\n');

  // Which nodes the picture draws (?nodes=): as `export --nodes` (export.NodeChoice), whose reader this page may
  // not use, so the queries below are written to give its counts; GraphPageTest compares them in every choice.
  const CHOICES = ['all', 'entities', 'actors'];

  // The head nouns of an actor's phrase, as export.ActorQueries.HEADS.
  const HEADS = ['military', 'army', 'armed forces', 'forces', 'special forces', 'security forces',
    'government forces', 'troops', 'soldiers', 'air force', 'navy', 'warplanes', 'jets', 'government', 'regime',
    'authorities', 'officials'].map(h => '"' + h + '"').join(', ');

  // Binds `owner` to the one entity the actor concept `concept` acts for, as export.ActorQueries.actors: a
  // demonym with an actor's head ("Turkish military", tied by ng:country), or "X's forces" about X.
  function actors(concept, owner) {
    return `{ SELECT ${concept} (SAMPLE(?actorOwner) AS ${owner}) WHERE {
    {
      GRAPH ${CORPUS} { ${concept} a ng:Concept ; rdfs:label ?actorName }
      ${concept} ng:country ?actorOwner .
      FILTER(REGEX(?actorName, "^[A-Z][a-z]+$")
             || REGEX(STRBEFORE(?actorName, " "), "^[A-Z][a-z]+$")
                && LCASE(STRAFTER(?actorName, " ")) IN (${HEADS}))
    } UNION {
      GRAPH ${CORPUS} { ${concept} a ng:Concept ; rdfs:label ?actorName }
      ${concept} ng:about ?actorOwner .
      GRAPH ${CORPUS} { ?actorOwner rdfs:label ?ownerName }
      BIND(CONCAT(LCASE(?ownerName), "'s ") AS ?possessive)
      BIND(REPLACE(LCASE(?actorName), "\u2019", "'") AS ?lowerName)
      FILTER(STRSTARTS(?lowerName, ?possessive)
             && SUBSTR(?lowerName, STRLEN(?possessive) + 1) IN (${HEADS}))
    }
    GRAPH ${CORPUS} { ?actorOwner a ng:Entity }
  } GROUP BY ${concept} HAVING (COUNT(DISTINCT ?actorOwner) = 1) }`;
  }

  // Binds `drawn` to the node a fact's end `end` is drawn as (itself, or with actors the entity it acts for) and
  // `isEntity` to whether that node is an entity; an end that is neither entity nor concept binds nothing.
  function drawnAs(end, drawn, isEntity, choice) {
    const owner = drawn + 'Owner';
    return `{ GRAPH ${CORPUS} { ${end} a ng:Entity } BIND(${end} AS ${drawn}) BIND(true AS ${isEntity}) }
  UNION { GRAPH ${CORPUS} { ${end} a ng:Concept } ${choice === 'actors' ? 'OPTIONAL ' + actors(end, owner) : ''}
          BIND(COALESCE(${owner}, ${end}) AS ${drawn}) BIND(BOUND(${owner}) AS ${isEntity}) }`;
  }

  // The asserted facts the picture draws, their ends as stored (?s0, ?o0) and as drawn (?s, ?o): between two
  // entities, or with concepts any fact with an entity on one side.
  function drawnFacts(choice) {
    const fact = `?f a ng:Fact ; rdf:subject ?s0 ; rdf:predicate ?p ; rdf:object ?o0 ;
     prov:wasDerivedFrom ?article . ?s0 ?p ?o0 .`;
    if (choice === 'entities') {
      return fact + `
  GRAPH ${CORPUS} { ?s0 a ng:Entity . ?o0 a ng:Entity }
  BIND(?s0 AS ?s) BIND(?o0 AS ?o) BIND(true AS ?sEntity) BIND(true AS ?oEntity)`;
    }
    return fact + `
  ${drawnAs('?s0', '?s', '?sEntity', choice)}
  ${drawnAs('?o0', '?o', '?oEntity', choice)}
  FILTER(?sEntity || ?oEntity)`;
  }

  // Nodes: every entity of the corpus graph with its label and most specific ng: type, and the concepts the
  // picture's facts draw (type Concept); each with how many facts name it, with actors those of its actors too.
  function nodesQuery(choice) {
    const concepts = choice === 'entities' ? '' : `UNION {
    { SELECT DISTINCT ?e WHERE {
      ${drawnFacts(choice)}
      FILTER(!(?sEntity && ?oEntity))
      BIND(IF(?sEntity, ?o, ?s) AS ?e)
    } }
    OPTIONAL { GRAPH ${CORPUS} { ?e rdfs:label ?l } }
    BIND(ng:Concept AS ?t)
  }`;
    return PREFIXES + `
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?named) AS ?facts) WHERE {
  {
    GRAPH ${CORPUS} {
      ?e a ng:Entity .
      OPTIONAL { ?e rdfs:label ?l }
      OPTIONAL { ?e a ?t FILTER(?t != ng:Entity && STRSTARTS(STR(?t), STR(ng:))) }
    }
  } ${concepts}
  OPTIONAL {
    ?named a ng:Fact . { ?named rdf:subject ?v } UNION { ?named rdf:object ?v }
    ${choice === 'actors' ? 'OPTIONAL ' + actors('?v', '?vOwner') : ''}
    BIND(COALESCE(?vOwner, ?v) AS ?e)
  }
} GROUP BY ?e`;
  }

  // Edges: the drawn facts, one edge per drawn (subject, relation, object), weighted by its facts; with the
  // stored ends' labels and whether an actor among them was drawn as its entity.
  function edgesQuery(choice) {
    return PREFIXES + `
SELECT ?s ?p ?o (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?category) (COUNT(DISTINCT ?f) AS ?weight)
       (GROUP_CONCAT(DISTINCT ?sWords; separator="\\n") AS ?sourceWords) (SUM(IF(?s0 = ?s, 0, 1)) AS ?sourceActors)
       (GROUP_CONCAT(DISTINCT ?oWords; separator="\\n") AS ?targetWords) (SUM(IF(?o0 = ?o, 0, 1)) AS ?targetActors)
WHERE {
  ${drawnFacts(choice)}
  OPTIONAL { ?p rdfs:label ?l }
  OPTIONAL { ?f ng:category ?c }
  OPTIONAL { GRAPH ${CORPUS} { ?s0 rdfs:label ?sWords } }
  OPTIONAL { GRAPH ${CORPUS} { ?o0 rdfs:label ?oWords } }
} GROUP BY ?s ?p ?o`;
  }

  // The facts (with sentence and article) that match a pattern on ?f, ?s, ?p, ?o.
  function factsQuery(pattern) {
    return PREFIXES + `
SELECT ?f (SAMPLE(?sl) AS ?subject) (SAMPLE(?pl) AS ?relation) (SAMPLE(?ol) AS ?object)
       (SAMPLE(?neg) AS ?negated) (SAMPLE(?text) AS ?sentence) ?article (SAMPLE(?h) AS ?headline)
       (SAMPLE(?u) AS ?url) WHERE {
  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?article .
  ${pattern}
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?p rdfs:label ?pl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?f ng:negated ?neg } OPTIONAL { ?f ng:sentence/ng:text ?text }
  OPTIONAL { ?article schema:headline ?h } OPTIONAL { ?article schema:url ?u }
} GROUP BY ?f ?article ORDER BY ?article ?f LIMIT 500`;
  }

  // Colours for the common types; other types take the next free colour of the spare palette. Concepts are
  // pale, and drawn as rounded boxes (see style), so the entities stand out among them.
  const TYPE_COLOURS = {
    Person: '#1f77b4', Organization: '#ff7f0e', Country: '#2ca02c', City: '#98df8a', Location: '#17becf',
    Place: '#17becf', Event: '#d62728', Nationality: '#9467bd', Religion: '#8c564b', Concept: '#e6d8ad',
    '': '#999999'
  };
  const SPARE_COLOURS = ['#e377c2', '#bcbd22', '#aec7e8', '#ffbb78', '#c5b0d5', '#c49c94', '#f7b6d2', '#dbdb8d'];

  const $ = id => document.getElementById(id);

  async function select(query) {
    const resp = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: query })
    });
    if (!resp.ok) {
      throw new Error('SPARQL endpoint answered ' + resp.status);
    }
    return (await resp.json()).results.bindings;
  }

  const value = (row, v) => (row[v] ? row[v].value : '');
  const localName = iri => iri.replace(/^.*[#/]/, '');

  // An IRI as a SPARQL term; IRIs come from the endpoint, but one that could break out of <...> is refused.
  function iriTerm(iri) {
    if (/[\s<>"{}|^`\\]/.test(iri)) {
      throw new Error('unexpected IRI: ' + iri);
    }
    return '<' + iri + '>';
  }

  // Where a link to an IRI should go: an IRI minted for this host (any port) opens on this server, since
  // the store's IRIs resolve here (Linked Data pages); other http(s) IRIs as they are; anything else nowhere.
  function href(iri) {
    try {
      const u = new URL(iri);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return null;
      }
      if (u.hostname === location.hostname) {
        return u.pathname + u.search;
      }
      return u.href;
    } catch (e) {
      return null;
    }
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function link(iri, text) {
    const target = href(iri);
    if (!target) {
      return el('span', text);
    }
    const a = el('a', text);
    a.href = target;
    return a;
  }

  function status(text, error) {
    $('status').textContent = text;
    $('status').className = error ? 'error' : '';
  }

  function colours(types) {
    const map = {};
    let spare = 0;
    types.forEach(t => {
      map[t] = TYPE_COLOURS[t] || SPARE_COLOURS[spare++ % SPARE_COLOURS.length];
    });
    return map;
  }

  function legend(typeColours) {
    const ul = $('legend');
    Object.keys(typeColours).forEach(t => {
      const li = el('li');
      const swatch = el('span', undefined, 'swatch');
      swatch.style.background = typeColours[t];
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(t || 'no type'));
      ul.appendChild(li);
    });
  }

  function categoryOptions(categories) {
    const select = $('category');
    categories.forEach(c => {
      const option = el('option', c);
      option.value = c;
      select.appendChild(option);
    });
  }

  // The original labels of one side of an edge when an actor among them is drawn as the node, else ''.
  function originalWords(row, words, actorsVar) {
    if (!(Number(value(row, actorsVar)) > 0)) {
      return '';
    }
    return value(row, words).split('\n').filter(w => w).sort().join(' | ');
  }

  function elements(nodeRows, edgeRows, typeColours) {
    const nodes = nodeRows.map(r => ({
      group: 'nodes',
      data: {
        id: value(r, 'e'), label: value(r, 'label') || localName(value(r, 'e')), type: localName(value(r, 'type')),
        colour: typeColours[localName(value(r, 'type'))], facts: Number(value(r, 'facts')) || 0
      }
    }));
    const edges = edgeRows.map((r, i) => ({
      group: 'edges',
      data: {
        id: 'edge' + i, source: value(r, 's'), target: value(r, 'o'), relation: value(r, 'p'),
        label: value(r, 'label') || localName(value(r, 'p')), category: localName(value(r, 'category')),
        weight: Number(value(r, 'weight')) || 1,
        sourceText: originalWords(r, 'sourceWords', 'sourceActors'),
        targetText: originalWords(r, 'targetWords', 'targetActors')
      }
    }));
    return nodes.concat(edges);
  }

  function style() {
    return [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 13,
        'width': 'mapData(facts, 0, 30, 14, 48)', 'height': 'mapData(facts, 0, 30, 14, 48)',
        'text-valign': 'bottom', 'text-margin-y': 2 } },
      { selector: 'node[type = "Concept"]', style: {
        'shape': 'round-rectangle', 'border-width': 1, 'border-color': '#b8a66a', 'font-size': 11,
        'color': '#555', 'text-wrap': 'wrap', 'text-max-width': 90 } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 11, 'color': '#555', 'text-rotation': 'autorotate',
        'width': 'mapData(weight, 1, 5, 1, 5)', 'line-color': '#bbb', 'target-arrow-color': '#bbb',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
        'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.match', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#d00', 'line-color': '#d00',
        'target-arrow-color': '#d00' } }
    ];
  }

  // Search: outline the entities whose label contains the text, fade the rest, and centre on the matches.
  function search(cy, text) {
    const needle = text.trim().toLowerCase();
    cy.elements().removeClass('match faded');
    if (!needle) {
      return;
    }
    const matches = cy.nodes().filter(n => n.data('label').toLowerCase().includes(needle));
    matches.addClass('match');
    cy.elements().not(matches).not(matches.connectedEdges()).addClass('faded');
    if (matches.nonempty()) {
      cy.animate({ fit: { eles: matches.closedNeighborhood(), padding: 60 } }, { duration: 300 });
    }
  }

  // Category filter: only the edges of the category show; entities without such an edge fade.
  function filter(cy, category) {
    cy.elements().removeClass('hidden faded');
    if (!category) {
      return;
    }
    const kept = cy.edges().filter(e => e.data('category') === category);
    cy.edges().not(kept).addClass('hidden');
    cy.nodes().not(kept.connectedNodes()).addClass('faded');
  }

  async function showFacts(title, pattern) {
    $('panel-title').textContent = title;
    $('panel-hint').textContent = 'Loading…';
    const list = $('panel-facts');
    list.replaceChildren();
    let rows;
    try {
      rows = await select(factsQuery(pattern));
    } catch (e) {
      $('panel-hint').textContent = 'Could not read the facts: ' + e.message;
      return;
    }
    $('panel-hint').textContent = rows.length + (rows.length === 1 ? ' fact' : ' facts')
      + (rows.length === 500 ? ' (the first 500)' : '');
    rows.forEach(r => {
      const li = el('li');
      const negated = value(r, 'negated') === 'true';
      li.appendChild(el('div', [value(r, 'subject'), (negated ? 'not ' : '') + value(r, 'relation'),
        value(r, 'object') || ''].join(' '), negated ? 'fact negated' : 'fact'));
      if (value(r, 'sentence')) {
        li.appendChild(el('div', '“' + value(r, 'sentence') + '”', 'sentence'));
      }
      const source = el('div', 'in ');
      source.appendChild(link(value(r, 'article'), value(r, 'headline') || value(r, 'article')));
      if (value(r, 'url')) {
        source.appendChild(document.createTextNode(' ('));
        source.appendChild(link(value(r, 'url'), 'original'));
        source.appendChild(document.createTextNode(')'));
      }
      li.appendChild(source);
      const fact = el('div');
      fact.appendChild(link(value(r, 'f'), 'fact'));
      li.appendChild(fact);
      list.appendChild(li);
    });
  }

  // The facts of a node: those naming it, or with actors one of the actors drawn as it.
  function onNode(node, choice) {
    const e = iriTerm(node.id());
    const rolled = choice === 'actors'
      ? `OPTIONAL ${actors('?s', '?sOwner')} OPTIONAL ${actors('?o', '?oOwner')}
         FILTER(?s = ?e || ?o = ?e || ?sOwner = ?e || ?oOwner = ?e)`
      : 'FILTER(?s = ?e || ?o = ?e)';
    return showFacts(node.data('label') + (node.data('type') ? ' (' + node.data('type') + ')' : ''),
      `VALUES ?e { ${e} } ${rolled}`);
  }

  // The evidence of an edge: the asserted facts drawn as it.
  function onEdge(edge, choice) {
    const words = (side, text) => edge[side]().data('label') + (text ? ' (' + text + ')' : '');
    showFacts(words('source', edge.data('sourceText')) + ' ' + edge.data('label') + ' '
      + words('target', edge.data('targetText')),
      `${drawnAs('?s', '?sd', '?sdEntity', choice)} ${drawnAs('?o', '?od', '?odEntity', choice)}
      FILTER(?sd = ${iriTerm(edge.data('source'))} && ?p = ${iriTerm(edge.data('relation'))}`
      + ` && ?od = ${iriTerm(edge.data('target'))}) ?s ?p ?o .`);
  }

  // /graph?entity=IRI (linked from each entity's own page) selects that entity and lists its facts.
  async function focus(cy, iri, choice) {
    if (!iri) {
      return;
    }
    const node = cy.getElementById(iri);
    if (node.empty()) {
      $('panel-hint').textContent = 'The graph has no entity ' + iri;
      return;
    }
    node.select();
    cy.zoom(1.5);
    cy.center(node);
    await onNode(node, choice);
  }

  // Tells a headless browser (GraphPageTest) that the graph is drawn, and how large it is.
  function ready(cy) {
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
    window.newsgraphReady = true;
  }

  // ?nodes=all|entities|actors, all when absent; the select box reloads the page with another choice.
  function nodeChoice(params) {
    const choice = params.get('nodes') || 'all';
    if (!CHOICES.includes(choice)) {
      throw new Error('unknown nodes choice "' + choice + '": use ' + CHOICES.join(', '));
    }
    // As an attribute, so that the page as drawn says which choice it shows.
    Array.from($('nodes').options).forEach(o => o.toggleAttribute('selected', o.value === choice));
    $('nodes').addEventListener('change', evt => {
      params.set('nodes', evt.target.value);
      location.search = params.toString();
    });
    return choice;
  }

  async function main() {
    const params = new URLSearchParams(location.search);
    const choice = nodeChoice(params);
    const [nodeRows, edgeRows] = await Promise.all([select(nodesQuery(choice)), select(edgesQuery(choice))]);
    const types = Array.from(new Set(nodeRows.map(r => localName(value(r, 'type'))))).sort();
    const typeColours = colours(types);
    legend(typeColours);
    const categories = Array.from(new Set(edgeRows.map(r => localName(value(r, 'category'))).filter(c => c)))
      .sort();
    categoryOptions(categories);
    const cy = cytoscape({
      container: $('cy'),
      elements: elements(nodeRows, edgeRows, typeColours),
      style: style(),
      // Labels are not counted in a node's size: with the concepts' long phrases counted, the layout spread so far
      // that the fitted picture showed no readable label. Concepts' labels wrap instead, and loose components are
      // kept far enough apart for their names.
      layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 2048, idealEdgeLength: () => 50, componentSpacing: 50, gravity: 1 },
      wheelSensitivity: 0.3
    });
    cy.on('tap', 'node', evt => onNode(evt.target, choice));
    cy.on('tap', 'edge', evt => onEdge(evt.target, choice));
    $('search').addEventListener('input', evt => search(cy, evt.target.value));
    $('category').addEventListener('change', evt => filter(cy, evt.target.value));
    const concepts = cy.nodes('[type = "Concept"]').length;
    status((cy.nodes().length - concepts) + ' entities, ' + (concepts ? concepts + ' concepts, ' : '')
      + cy.edges().length + ' relations');
    await focus(cy, params.get('entity'), choice);
    ready(cy);
  }

  main().catch(e => {
    status('Could not draw the graph: ' + e.message, true);
    document.body.dataset.error = e.message;
  });
}());
