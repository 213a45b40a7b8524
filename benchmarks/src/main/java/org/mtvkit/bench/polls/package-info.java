/**
 * The polls models the benchmarks share: stored by the ORM and by hand-written JDBC, rendered by both
 * template engines, and served by both sites of the load test.
 */
package org.mtvkit.bench.polls;
