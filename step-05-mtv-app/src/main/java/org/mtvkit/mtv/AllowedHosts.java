package org.mtvkit.mtv;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.routing.Middleware;

/**
 * Answers only requests whose {@code Host} header names this site, Django's {@code ALLOWED_HOSTS} check. A
 * site that builds absolute links or password-reset mails from the Host header would otherwise put an
 * attacker's host name into them (Host header poisoning); a DNS-rebinding page would reach a server that
 * listens only on this machine.
 */
final class AllowedHosts implements Middleware {

    // Django's host_validation_re: a domain name or a bracketed IPv6 address, then an optional port.
    private static final Pattern HOST = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:\\d+)?");

    private final List<String> allowed;
    // Host headers already accepted, as sent: nearly every request repeats one of a few, and the check is a
    // regular expression. Bounded, since the header comes from the network; a refused one is never kept.
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private static final int MAX_ACCEPTED = 64;

    AllowedHosts(List<String> allowed) {
        this.allowed = allowed.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    // region: allowed-hosts
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            String host = request.header("Host").orElse("");
            if (accepted.contains(host)) {
                return next.handle(request);
            }
            Matcher m = HOST.matcher(host.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw HttpException.badRequest("Invalid HTTP_HOST header: '" + host + "'. The domain name provided"
                        + " is not valid according to RFC 1034/1035.");
            }
            String domain = m.group(1).endsWith(".") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
            if (allowed.stream().noneMatch(pattern -> matches(domain, pattern))) {
                throw HttpException.badRequest("Invalid HTTP_HOST header: '" + host + "'. You may need to add '"
                        + domain + "' to ALLOWED_HOSTS (an environment variable, comma-separated).");
            }
            if (accepted.size() < MAX_ACCEPTED) {
                accepted.add(host);
            }
            return next.handle(request);
        };
    }

    /** Django's {@code is_same_domain}: {@code .example.com} matches it and every subdomain; {@code *} matches all. */
    static boolean matches(String domain, String pattern) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith(".")) {
            return domain.endsWith(pattern) || domain.equals(pattern.substring(1));
        }
        return domain.equals(pattern);
    }
    // endregion
}
