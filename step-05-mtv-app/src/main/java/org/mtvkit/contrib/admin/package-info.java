/**
 * Django's admin ({@code django.contrib.admin}): a back office generated at run time from the models'
 * metadata. The pipeline: {@link org.mtvkit.contrib.admin.AdminSite#register} records a model with its
 * {@link org.mtvkit.contrib.admin.ModelAdmin}; {@link org.mtvkit.contrib.admin.AdminSite#urls} turns the
 * registry into URL patterns (index, login, and per model a change list, add, change and delete page);
 * each page reads the model by reflection, queries it through the ORM's {@code QuerySet}, edits it with
 * a {@code ModelForm}, and renders the admin's own templates, which a project may override from its
 * {@code templates/admin/} folder. Every page needs an active staff user; every change is a POST
 * checked by the CSRF middleware, and is recorded as a {@link org.mtvkit.contrib.admin.LogEntry}.
 *
 * <p>The admin uses only the public APIs of the ORM, forms, views, auth and templates (an ArchUnit rule
 * says so): it is an application of the framework, not a part of it.
 */
package org.mtvkit.contrib.admin;
