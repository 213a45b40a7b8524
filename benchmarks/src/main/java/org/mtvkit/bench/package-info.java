/**
 * What each layer of the kit costs, measured with JMH against the thing it replaces, in the same run.
 *
 * <p>{@link org.mtvkit.bench.RouterBench} (router against a hash lookup and a regex scan),
 * {@link org.mtvkit.bench.TemplateBench} (our engine against FreeMarker),
 * {@link org.mtvkit.bench.OrmBench} and {@link org.mtvkit.bench.OrmInsertBench} (ORM against
 * hand-written JDBC), then {@link org.mtvkit.bench.load} (whole requests over HTTP). The entry point
 * is {@link org.mtvkit.bench.Main}: it runs everything and prints each figure as a ratio to its baseline.
 */
package org.mtvkit.bench;
