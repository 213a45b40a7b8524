package org.mtvkit.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code {% lorem %}}: the classic lorem ipsum. As in Django, the text is fixed unless {@code random} is given
 * or more words are asked for than the common opening has; then words are drawn at random.
 */
final class Lorem {

    static final String COMMON_P = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation"
            + " ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in"
            + " voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non"
            + " proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";

    private static final List<String> COMMON_WORDS = List.of("lorem", "ipsum", "dolor", "sit", "amet",
            "consectetur", "adipisicing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore",
            "et", "dolore", "magna", "aliqua");

    // The pool random words come from: every word of the common paragraph.
    private static final List<String> WORDS = Arrays.stream(COMMON_P.toLowerCase(Locale.ROOT)
            .replaceAll("[.,]", "").split(" ")).distinct().toList();

    private Lorem() {
    }

    static String render(Node.Lorem node, RenderContext context) {
        Long asked = Numbers.pythonInt(node.count().resolve(context));
        int count = asked == null ? 1 : (int) Math.max(Integer.MIN_VALUE, Math.min(10_000, asked));
        boolean common = !node.random();
        if (node.method().equals("w")) {
            return words(count, common);
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String paragraph = common && i == 0 ? COMMON_P : paragraph();
            paragraphs.add(node.method().equals("p") ? "<p>" + paragraph + "</p>" : paragraph);
        }
        return String.join("\n\n", paragraphs);
    }

    private static String words(int count, boolean common) {
        List<String> words = new ArrayList<>(common ? COMMON_WORDS : List.of());
        if (count > words.size()) {
            for (int left = count - words.size(); left > 0; left--) {
                words.add(randomWord());
            }
            return String.join(" ", words);
        }
        // Python's words[:count]: a negative count drops that many from the end.
        int end = count >= 0 ? count : Math.max(0, words.size() + count);
        return String.join(" ", words.subList(0, end));
    }

    private static String paragraph() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> sentences = new ArrayList<>();
        for (int s = random.nextInt(1, 5); s > 0; s--) {
            List<String> words = new ArrayList<>();
            for (int w = random.nextInt(4, 12); w > 0; w--) {
                words.add(randomWord());
            }
            String sentence = String.join(" ", words);
            sentences.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
                    + (random.nextBoolean() ? "." : "?"));
        }
        return String.join(" ", sentences);
    }

    private static String randomWord() {
        return WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size()));
    }
}
