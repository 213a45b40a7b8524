/**
 * The URL dispatcher: Django's {@code urls.py}, {@code resolve} and {@code reverse}, the middleware
 * seam, and the one error seam.
 *
 * <p>Pipeline: {@link org.mtvkit.routing.Urls} entries -> {@link org.mtvkit.routing.Router.Builder#build}
 * checks and compiles them once into a tree of {@code UrlPattern}s and {@code UrlResolver}s (Django's
 * {@code URLPattern} and {@code URLResolver}; patterns are {@code RoutePattern}s and {@code RegexPattern}s),
 * with an index by first path segment and a table of names per namespace -> per request,
 * {@link org.mtvkit.routing.Router#handle} resolves the decoded path, first match wins, checks the method,
 * and calls the {@link org.mtvkit.routing.View} with typed {@link org.mtvkit.routing.Kwargs}. The router
 * writes no page: it raises {@link org.mtvkit.routing.Resolver404} or
 * {@link org.mtvkit.routing.MethodNotAllowed}, and {@link org.mtvkit.routing.ErrorMiddleware}, through an
 * {@link org.mtvkit.routing.ErrorRenderer}, turns every exception into a page.
 *
 * <p>Entry points: {@link org.mtvkit.routing.Urls#path}, {@link org.mtvkit.routing.Urls#include},
 * {@link org.mtvkit.routing.Router#of}, {@link org.mtvkit.routing.Router#resolve},
 * {@link org.mtvkit.routing.Router#reverse}, {@link org.mtvkit.routing.Router#namedRoutes},
 * {@link org.mtvkit.routing.Middleware#chain}, {@link org.mtvkit.routing.ErrorMiddleware#create}.
 */
package org.mtvkit.routing;
