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
 * @param cpuMicrosPerRequest the CPU time the site's own JVM used during the run, all its threads, per
 *                   request, in microseconds; NaN where it was not measured (a site that is not a JVM of
 *                   its own, such as Django's, or one that shares the generator's JVM)
 * @param bytesPerRequest the bytes the site's own JVM allocated on its heap during the run, per request;
 *                   NaN where it was not measured
 */
public record LoadResult(long requests, long errors, long votesSent, double seconds, double p50Millis,
                         double p99Millis, List<String> firstErrors, double cpuMicrosPerRequest,
                         double bytesPerRequest) {

    /** No run at all: a skipped warm-up. */
    static final LoadResult NONE = new LoadResult(0, 0, 0, 0, Double.NaN, Double.NaN, List.of());

    /** What the load generator measured, the site's own costs not measured. */
    public LoadResult(long requests, long errors, long votesSent, double seconds, double p50Millis, double p99Millis,
                      List<String> firstErrors) {
        this(requests, errors, votesSent, seconds, p50Millis, p99Millis, firstErrors, Double.NaN, Double.NaN);
    }

    public double throughput() {
        return requests / seconds;
    }

    /**
     * This run, with what the site's JVM used during it divided by the requests: {@code cpuNanos} of CPU
     * time and {@code allocatedBytes} allocated. A run costs a JVM some CPU and allocates, so a figure that
     * is not positive (a JVM that cannot tell answers -1 before and after) is not measured, and neither is
     * a run without requests.
     */
    LoadResult withSiteCost(long cpuNanos, long allocatedBytes) {
        return new LoadResult(requests, errors, votesSent, seconds, p50Millis, p99Millis, firstErrors,
                perRequest(cpuNanos) / 1_000, perRequest(allocatedBytes));
    }

    private double perRequest(long amount) {
        return amount > 0 && requests > 0 ? (double) amount / requests : Double.NaN;
    }
}
