/**
 * The framework's last layer: the glue that turns the four layers below into a framework a Django user
 * would recognise.
 *
 * <p>Pipeline of one request: Jetty -> {@link org.mtvkit.http.HandlerServlet} -> middleware
 * (access log, {@link org.mtvkit.mtv.ErrorPages}, {@link org.mtvkit.mtv.StaticFiles},
 * {@link org.mtvkit.mtv.Csrf}, append-slash) -> the router -> a view -> the ORM and a template through
 * {@link org.mtvkit.mtv.Shortcuts} -> the response, back out the same way.
 *
 * <p>Entry points: {@link org.mtvkit.mtv.Project} assembles a project from {@link org.mtvkit.mtv.Settings},
 * apps and a root URLconf, and runs the management commands; {@link org.mtvkit.mtv.Shortcuts} is what
 * views use; {@link org.mtvkit.mtv.Fixtures} loads Django's JSON fixtures.
 */
package org.mtvkit.mtv;
