/**
 * FreeMarker behind the kit's {@link org.mtvkit.template.TemplateEngine}, to compare a production engine
 * with the one built in this step.
 *
 * <p>Pipeline: FreeMarker's {@code Configuration} loads and caches {@code .ftlh} templates from the
 * classpath -> renders them with a data model made from the context, escaping with Django's rules ->
 * its exceptions become {@link org.mtvkit.template.TemplateError}s.
 *
 * <p>Entry point: {@link org.mtvkit.template.freemarker.FreeMarkerEngine}.
 */
package org.mtvkit.template.freemarker;
