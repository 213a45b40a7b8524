package org.mtvkit.template;

/** The {@code block} variable inside a block: {@code {{ block.super }}} renders the parent's version. */
final class BlockFrame {

    private final Node.Block block;
    private final RenderContext context;

    BlockFrame(Node.Block block, RenderContext context) {
        this.block = block;
        this.context = context;
    }

    /** The overridden block's content, already rendered and escaped; an error in a template that extends none. */
    Object renderSuper() {
        // task: 03-5 template inheritance
        if (context.blocks == null) {
            throw new TemplateSyntaxError("'block.super' is used in block '" + block.name() + "' of a template that"
                    + " extends none: there is no parent block to render", block.source().name(), 1, 1,
                    block.source().text());
        }
        if (!context.blocks.hasMore(block.name())) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Renderer.renderBlock(block, context, out);
        return new SafeString(out.toString());
        // endtask
    }

    @Override
    public String toString() {
        return "block " + block.name();
    }
}
