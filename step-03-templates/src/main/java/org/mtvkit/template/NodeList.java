package org.mtvkit.template;

import java.util.List;

/** A parsed body that an application's block tag renders with {@link Rendering#render(NodeList)}. */
public final class NodeList {

    final List<Node> nodes;
    private final String endTag;

    NodeList(List<Node> nodes, String endTag) {
        this.nodes = nodes;
        this.endTag = endTag;
    }

    /** The name of the end tag that closed the body, like {@code endupper} or {@code else}. */
    public String endTag() {
        return endTag;
    }
}
