package org.mtvkit.template;

/** The {@code block} variable inside a block: {@code {{ block.super }}} renders the parent's version. */
final class BlockFrame {

    private final Node.Block block;
    private final RenderContext context;

    BlockFrame(Node.Block block, RenderContext context) {
        this.block = block;
        this.context = context;
    }

    /** The overridden block's content, already rendered and escaped, or nothing in a template that extends none. */
    Object renderSuper() {
        if (context.blocks == null || !context.blocks.hasMore(block.name())) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Renderer.renderBlock(block, context, out);
        return new SafeString(out.toString());
    }

    @Override
    public String toString() {
        return "block " + block.name();
    }
}
