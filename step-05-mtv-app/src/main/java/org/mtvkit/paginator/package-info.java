/**
 * Django's {@code django.core.paginator}: a {@link org.mtvkit.paginator.Paginator} splits a list or a
 * query into {@link org.mtvkit.paginator.Page}s. The page number comes from the URL, so every way it
 * can be wrong (not a number, below 1, past the end) is an {@link org.mtvkit.paginator.InvalidPage},
 * which a view answers with 404.
 */
package org.mtvkit.paginator;
