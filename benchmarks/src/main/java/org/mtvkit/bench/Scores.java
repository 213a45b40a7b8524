package org.mtvkit.bench;

import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/** JMH's results, looked up by method name and parameters, so a report can divide one by another. */
final class Scores {

    private final Collection<RunResult> results;

    Scores(Collection<RunResult> results) {
        this.results = results;
    }

    /**
     * The average time of {@code method} run with these parameters.
     *
     * @throws IllegalArgumentException naming the method and parameters, when the run did not measure them
     */
    double of(String method, Map<String, String> params) {
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (!name.substring(name.lastIndexOf('.') + 1).equals(method)) {
                continue;
            }
            boolean same = params.entrySet().stream().allMatch(p -> p.getValue().equals(r.getParams().getParam(p.getKey())));
            if (same) {
                return r.getPrimaryResult().getScore();
            }
        }
        throw new IllegalArgumentException("no result for " + method + " " + params + " in this run");
    }

    double of(String method) {
        return of(method, Map.of());
    }

    String unit(String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .map(r -> r.getPrimaryResult().getScoreUnit())
                .orElseThrow(() -> new IllegalArgumentException("no result for " + method + " in this run"));
    }
}
