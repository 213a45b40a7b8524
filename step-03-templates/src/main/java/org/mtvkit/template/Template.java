package org.mtvkit.template;

import java.util.List;
import java.util.Map;

/**
 * A compiled template: parsed once, then rendered any number of times, from any number of threads (a
 * render keeps all its state in a render context of its own, made per call). Get one from
 * {@link Engine#getTemplate}.
 */
public final class Template {

    private final Source source;
    private final List<Node> nodes;
    private final Node.Extends extendsNode;
    private final Map<String, Node.Block> blocks;
    private final Engine engine;
    // How long the last rendering came out: the next one's buffer starts that large, as a page made from a
    // layout is far longer than its own source. A hint only, so a plain field (racy, never wrong); capped so
    // that one very long page does not make every later buffer as large.
    private int lastLength = 256;
    private static final int MAX_KEPT_LENGTH = 1 << 16;

    private Template(Source source, List<Node> nodes, Node.Extends extendsNode, Map<String, Node.Block> blocks,
                     Engine engine) {
        this.source = source;
        this.nodes = nodes;
        this.extendsNode = extendsNode;
        this.blocks = blocks;
        this.engine = engine;
    }

    // region: compile
    /** Lexes and parses the source: the only time its text is read. */
    static Template compile(String name, String text, Engine engine) {
        Source source = new Source(name, text);
        List<Token> tokens = new Lexer(source).tokenize();
        Parser parser = new Parser(source, tokens, engine);
        List<Node> nodes = parser.parseTemplate();
        return new Template(source, nodes, parser.extendsNode, Map.copyOf(parser.blocks), engine);
    }
    // endregion

    /** The name the loader found it under. */
    public String name() {
        return source.name();
    }

    /** Renders with the given variables. */
    public String render(Map<String, ?> variables) {
        return render(new Context(variables));
    }

    /**
     * Renders with a context the caller built. The context is only read: names a tag sets while
     * rendering ({@code with}, {@code cycle ... as}) go into the render's own scopes, so the same context can
     * be rendered again, with this template or another, or from another thread.
     *
     * @throws TemplateError when rendering fails (in strict mode, a missing variable)
     */
    // region: render
    public String render(Context context) {
        RenderContext render = RenderContext.start(engine, source, context);
        StringBuilder out = new StringBuilder(Math.max(lastLength, source.text().length() * 2)); // grown at most once
        Renderer.renderTemplate(this, render, out, null);
        lastLength = Math.min(out.length() + 64, MAX_KEPT_LENGTH);
        return out.toString();
    }
    // endregion

    Source source() {
        return source;
    }

    List<Node> nodes() {
        return nodes;
    }

    Node.Extends extendsNode() {
        return extendsNode;
    }

    Map<String, Node.Block> blocks() {
        return blocks;
    }
}
