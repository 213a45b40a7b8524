package org.mtvkit.orm;

/** What {@link QuerySet#getOrCreate} and {@link QuerySet#updateOrCreate} return: Django's {@code (obj, created)}. */
public record Created<T>(T object, boolean created) { }
