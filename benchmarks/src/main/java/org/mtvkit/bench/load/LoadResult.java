package org.mtvkit.bench.load;

import java.util.List;

/**
 * What one load run measured.
 *
 * @param requests   responses received (errors included)
 * @param errors     failed requests: an exception, or a status other than the one expected
 * @param votesSent  POSTs to a vote URL that were answered with the redirect
 * @param seconds    how long the measured part lasted
 * @param p50Millis  median latency
 * @param p99Millis  99th-percentile latency
 * @param firstErrors what went wrong, for the first few errors: an exception, or the unexpected status
 */
public record LoadResult(long requests, long errors, long votesSent, double seconds, double p50Millis,
                         double p99Millis, List<String> firstErrors) {

    /** No run at all: a skipped warm-up. */
    static final LoadResult NONE = new LoadResult(0, 0, 0, 0, Double.NaN, Double.NaN, List.of());

    public double throughput() {
        return requests / seconds;
    }
}
