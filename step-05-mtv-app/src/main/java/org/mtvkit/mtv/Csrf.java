package org.mtvkit.mtv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Cookie;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.template.TemplateHooks;

/**
 * Cross-site request forgery protection, as Django does it: a secret in a cookie, and the same
 * secret in every form the site itself renders. Another site can make a browser POST to us, and the
 * browser will attach our cookie, but that site cannot read the cookie, so it cannot put the secret in
 * the form. A request that changes something must carry both, and they must match.
 *
 * <p>The token in a form is masked with fresh random bytes on every render (the secret XOR a mask,
 * with the mask in front), so the page never contains the same bytes twice: that defeats attacks like
 * BREACH that guess a secret from the size of compressed responses.
 */
public final class Csrf {

    /** The cookie that holds the secret. */
    public static final String COOKIE = "csrftoken";
    /** The form field that carries the masked token, Django's name for it. */
    public static final String FIELD = "csrfmiddlewaretoken";
    /** The header a script may send instead of the form field. */
    public static final String HEADER = "X-CSRFToken";
    /** The request attribute holding the masked token for the page being rendered. */
    public static final String ATTRIBUTE = "csrf_token";

    /** Django's {@code CSRF_COOKIE_AGE}: 52 weeks, so a form left open for days still posts. */
    static final Duration MAX_AGE = Duration.ofDays(7 * 52);

    private static final int SECRET_BYTES = 32;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    // One DRBG per thread: a shared SecureRandom is one lock that every request's mask waits for, and
    // Linux's default (NativePRNG) locks one static object even across instances. DRBG locks only itself.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Csrf::drbg);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private Csrf() {
    }

    // region: csrf-middleware
    /**
     * Wraps the next handler: refuses an unsafe method without a matching token (403, with the reason),
     * and gives every request a {@link Token} to render. The cookie is set only on a response whose page
     * printed the token, as Django does, with {@code Vary: Cookie}: such a page differs per visitor.
     */
    public static Handler wrap(Handler next) {
        return request -> {
            Optional<String> cookie = request.cookie(COOKIE);
            if (!SAFE_METHODS.contains(request.method())) {
                refusal(request, cookie.flatMap(Csrf::secret)).ifPresent(reason -> {
                    throw new HttpException(403, "CSRF verification failed. " + reason);
                });
            }
            Token token = new Token(cookie.orElse(null));
            Response response = next.handle(request.withAttribute(ATTRIBUTE, token));
            if (!token.used) {
                return response;
            }
            response = response.withCookie(cookie(token.cookieValue()));
            return response.headers().all("Vary").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("cookie"))
                    ? response : response.withHeader("Vary", "Cookie");
        };
    }

    /**
     * The token of one request, drawn when a page prints it (a template prints it with {@code toString}), as
     * Django's {@code get_token}: that is how the middleware knows the response needs the cookie. Each
     * printing is masked afresh. The cookie is read, and a visitor without a valid one given a new secret,
     * only then: a page that prints no form decodes nothing and draws no random bytes.
     */
    public static final class Token {
        private final String cookie;          // as the request sent it; null when it sent none
        private byte[] secret;                // decoded from the cookie, or drawn, when first needed
        private volatile boolean used;

        private Token(String cookie) {
            this.cookie = cookie;
        }

        /** The masked token for a form field or the {@code X-CSRFToken} header. */
        public synchronized String masked() {
            used = true;
            return mask(secret());
        }

        private synchronized byte[] secret() {
            if (secret == null) {
                secret = cookie == null ? newSecret() : Csrf.secret(cookie).orElseGet(Csrf::newSecret);
            }
            return secret;
        }

        /** The cookie to send back: the visitor's own secret, as Django sends it again, or the one just drawn. */
        private String cookieValue() {
            return ENCODE.encodeToString(secret());
        }

        @Override
        public String toString() {
            return masked();
        }
    }

    private static Optional<String> refusal(Request request, Optional<byte[]> secret) {
        if (secret.isEmpty()) {
            return Optional.of("CSRF cookie not set. This form was not sent by a page of this site, "
                    + "or the browser refuses cookies. Reload the page and submit it again.");
        }
        Optional<String> token = request.form().get(FIELD).or(() -> request.header(HEADER));
        if (token.isEmpty()) {
            return Optional.of("CSRF token missing. A form that changes data must include the CSRF field:"
                    + " {% csrf_token %} in a Django template, ${csrf_input()} in FreeMarker.");
        }
        Optional<byte[]> unmasked = decode(token.get()).filter(t -> t.length == 2 * SECRET_BYTES).map(Csrf::unmask);
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        if (unmasked.isEmpty() || !MessageDigest.isEqual(unmasked.get(), secret.get())) {
            return Optional.of("CSRF token incorrect. Reload the page to get a fresh form, and submit it again.");
        }
        return Optional.empty();
    }
    // endregion

    // region: csrf-mask
    static String mask(byte[] secret) {
        byte[] masked = new byte[2 * SECRET_BYTES];
        byte[] mask = new byte[SECRET_BYTES];
        RANDOM.get().nextBytes(mask);
        for (int i = 0; i < SECRET_BYTES; i++) {
            masked[i] = mask[i];
            masked[SECRET_BYTES + i] = (byte) (secret[i] ^ mask[i]);
        }
        return ENCODE.encodeToString(masked);
    }

    static byte[] unmask(byte[] masked) {
        byte[] secret = new byte[SECRET_BYTES];
        for (int i = 0; i < SECRET_BYTES; i++) {
            secret[i] = (byte) (masked[SECRET_BYTES + i] ^ masked[i]);
        }
        return secret;
    }
    // endregion

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no DRBG SecureRandom, which every JDK since 9 has", e);
        }
    }

    private static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.get().nextBytes(secret);
        return secret;
    }

    /** The secret a cookie holds, if it holds one: 32 bytes in base64. */
    private static Optional<byte[]> secret(String cookie) {
        return decode(cookie).filter(s -> s.length == SECRET_BYTES);
    }

    private static Optional<byte[]> decode(String text) {
        try {
            return Optional.of(DECODE.decode(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    // region: csrf-cookie
    private static Cookie cookie(String value) {
        // Not HttpOnly: Django leaves it readable so that scripts can send the X-CSRFToken header.
        return new Cookie(COOKIE, value, "/", Optional.of(MAX_AGE), false, false, "Lax");
    }
    // endregion

    /** The hidden form field for a token, as {@code {% csrf_token %}} renders it. */
    public static String hiddenInput(Token token) {
        return TemplateHooks.csrfInput(token.masked()).html();     // the one writer of the input, shared by both engines
    }
}
