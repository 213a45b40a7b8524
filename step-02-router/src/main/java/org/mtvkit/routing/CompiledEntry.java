package org.mtvkit.routing;

/**
 * The URL configuration once checked and compiled: a tree of {@link UrlPattern}s (endpoints) and
 * {@link UrlResolver}s (includes), as Django's {@code resolvers.py} builds it.
 */
sealed interface CompiledEntry permits UrlPattern, UrlResolver {

    CompiledPattern pattern();
}
