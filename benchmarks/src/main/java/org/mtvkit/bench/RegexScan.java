package org.mtvkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's way of resolving, as a baseline: every route is a compiled regular expression, tried in
 * order until one matches; the match's groups are converted to the view's arguments.
 */
final class RegexScan {

    private record Entry(Pattern regex, String name) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds {@code <prefix>/<int:id>/} as the regex {@code ^prefix/(?<id>[0-9]+)/$}. */
    void add(String prefix, String name) {
        entries.add(new Entry(Pattern.compile("^" + Pattern.quote(prefix) + "/(?<id>[0-9]+)/$"), name));
    }

    // region: regex-scan
    /** The name of the first route whose regex matches the path (without its leading slash). */
    Optional<String> resolve(String path) {
        String rest = path.substring(1);
        for (Entry entry : entries) {
            Matcher m = entry.regex().matcher(rest);
            if (m.matches()) {
                Integer.parseInt(m.group("id"));          // the int converter's work, as Django does it
                return Optional.of(entry.name());
            }
        }
        return Optional.empty();
    }
    // endregion
}
