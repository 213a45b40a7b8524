/**
 * Django's {@code django.views.generic}: views written once, configured per use by overriding a few
 * methods.
 *
 * <p>Router -> {@link org.mtvkit.views.generic.View#handle} picks the method's handler ({@code get},
 * {@code post}, ...; HEAD as GET, OPTIONS answered, 405 otherwise) -> a
 * {@link org.mtvkit.views.generic.ListView} or {@link org.mtvkit.views.generic.DetailView} asks its
 * {@code getQueryset} for objects (paged by the {@code org.mtvkit.paginator} package) -> the template,
 * through {@code Shortcuts.render}. The editing views ({@link org.mtvkit.views.generic.FormView},
 * {@link org.mtvkit.views.generic.CreateView}, {@link org.mtvkit.views.generic.UpdateView},
 * {@link org.mtvkit.views.generic.DeleteView}) add a form from {@code org.mtvkit.forms}.
 */
package org.mtvkit.views.generic;
