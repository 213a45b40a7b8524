/**
 * Django's {@code django.forms}: from what a browser submitted to checked Java values, and back to HTML.
 *
 * <p>{@link org.mtvkit.forms.FormData} (names to texts) -> a {@link org.mtvkit.forms.Form}'s
 * {@link org.mtvkit.forms.Field}s clean each value (text to value, then checks, then the form's
 * {@code cleanWith} hooks and {@code clean()}) -> {@code cleanedData()} or {@code errors()}. Rendering
 * runs the other way: {@link org.mtvkit.forms.BoundField}s render their {@link org.mtvkit.forms.Widget}s
 * through the kit's template engine, autoescaped. A {@link org.mtvkit.forms.ModelForm} derives its
 * fields from a model and saves it. Forms know nothing of HTTP: a view hands them the submitted data.
 */
package org.mtvkit.forms;
