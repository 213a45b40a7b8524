/**
 * The whole request under load: the polls site built from the kit's layers ({@link
 * org.mtvkit.bench.load.FrameworkSite}) against the same pages written as a raw servlet with JDBC
 * ({@link org.mtvkit.bench.load.RawPollsServlet}) on an identically configured Jetty.
 *
 * <p>{@link org.mtvkit.bench.load.LoadTest#run} seeds a fresh database, starts one site on 127.0.0.1,
 * drives it with {@link org.mtvkit.bench.load.LoadGenerator} (the JDK's HTTP client, bounded in time
 * and in requests), and checks the votes the database counted against the votes sent.
 */
package org.mtvkit.bench.load;
