/**
 * The benchmark: newsgraph's ingest against CoreNLP alone, its scaling over threads, the caches, serving and
 * memory, each figure with its target. A command ({@code newsgraph bench}), never a timed test.
 */
package org.newsgraph.bench;
