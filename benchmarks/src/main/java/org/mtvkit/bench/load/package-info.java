/**
 * The whole request under load: step 5's polls project, exactly as a user runs it (error pages, static
 * files, CSRF, append-slash), against the same pages written as a raw servlet with JDBC ({@link
 * org.mtvkit.bench.load.RawPollsServlet}) on an identically configured Jetty.
 *
 * <p>{@link org.mtvkit.bench.load.LoadTest#run} seeds a fresh database, starts one site on 127.0.0.1,
 * drives it with {@link org.mtvkit.bench.load.Wrk} when wrk is installed, otherwise with {@link
 * org.mtvkit.bench.load.LoadGenerator} (the JDK's HTTP client, bounded in time and in requests; each
 * visitor loads a form for its CSRF token, then votes with real form POSTs), and checks the votes the
 * database counted against the votes sent.
 */
package org.mtvkit.bench.load;
