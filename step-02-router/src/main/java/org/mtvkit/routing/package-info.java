/**
 * The URL dispatcher: Django's {@code urls.py}, {@code resolve} and {@code reverse}, and the middleware
 * seam.
 *
 * <p>Pipeline: {@link org.mtvkit.routing.Urls} entries -> {@link org.mtvkit.routing.Router.Builder#build}
 * checks and compiles them once (patterns to regexes, an index by first path segment, a table of names)
 * -> per request, {@link org.mtvkit.routing.Router#handle} resolves the decoded path, first match wins,
 * checks the method, and calls the {@link org.mtvkit.routing.View} with typed
 * {@link org.mtvkit.routing.Kwargs}. {@link org.mtvkit.routing.Middleware} wraps the router.
 *
 * <p>Entry points: {@link org.mtvkit.routing.Urls#path}, {@link org.mtvkit.routing.Urls#include},
 * {@link org.mtvkit.routing.Router#of}, {@link org.mtvkit.routing.Router#resolve},
 * {@link org.mtvkit.routing.Router#reverse}, {@link org.mtvkit.routing.Middleware#chain}.
 */
package org.mtvkit.routing;
