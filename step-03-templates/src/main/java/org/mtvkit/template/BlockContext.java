package org.mtvkit.template;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The blocks of a chain of templates, by name, most derived last: while a child extends a parent which
 * extends a base, the child's {@code content} block is the one rendered, and {@code block.super} reaches
 * the one below it. Django's {@code BlockContext}, with the same push and pop.
 */
final class BlockContext {

    private final Map<String, ArrayDeque<Node.Block>> blocks = new HashMap<>();

    /** Adds a template's blocks below the ones already there: parents are added after their children. */
    void addAll(Map<String, Node.Block> templateBlocks) {
        // task: 03-5 template inheritance
        templateBlocks.forEach((name, block) -> blocks.computeIfAbsent(name, n -> new ArrayDeque<>()).addFirst(block));
        // endtask
    }

    /** Takes the most derived block of that name, or null when no template in the chain has one. */
    Node.Block pop(String name) {
        // task: 03-5 template inheritance
        ArrayDeque<Node.Block> stack = blocks.get(name);
        return stack == null ? null : stack.pollLast();
        // endtask
    }

    void push(String name, Node.Block block) {
        // task: 03-5 template inheritance
        blocks.computeIfAbsent(name, n -> new ArrayDeque<>()).addLast(block);
        // endtask
    }

    /** Whether a block below the current one exists: what {@code block.super} renders. */
    boolean hasMore(String name) {
        // task: 03-5 template inheritance
        ArrayDeque<Node.Block> stack = blocks.get(name);
        return stack != null && !stack.isEmpty();
        // endtask
    }
}
