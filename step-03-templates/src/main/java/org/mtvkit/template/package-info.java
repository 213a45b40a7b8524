/**
 * A template engine for Django's template language, written from scratch.
 *
 * <p>Pipeline: a {@link org.mtvkit.template.Loader} finds the source -> the Lexer cuts it into tokens
 * (text, variables, tags; each with line and column) -> the Parser builds a tree of Nodes -> the
 * {@link org.mtvkit.template.Template} is cached by the {@link org.mtvkit.template.Engine} -> each render
 * walks the tree against a {@link org.mtvkit.template.Context}, escaping what it writes.
 *
 * <p>Entry points: {@link org.mtvkit.template.Engine#builder()} to configure an engine,
 * {@link org.mtvkit.template.TemplateEngine} (which the FreeMarker adapter also implements) to render,
 * {@link org.mtvkit.template.TemplateHooks} for the application's {@code url}, {@code static} and
 * {@code csrf_token}, {@link org.mtvkit.template.TemplateError} for every mistake, with its position.
 */
package org.mtvkit.template;
