package org.mtvkit.demo.step02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.routing.NamedRoute;

/** Chapter 2, exercise 2: a blog included twice, under two instance namespaces, linked from the home page. */
@Tag("exercise")
@Tag("exercise-02-blog-include")
@DisplayName("Exercise 02-blog-include: the demo includes a blog twice and links to it with reverse")
class BlogIncludeExerciseTest {

    private final Site site = new Site();
    private final DemoClient demo = new DemoClient(site.handler());

    @AfterEach
    void stop() {
        demo.close();
    }

    private List<NamedRoute> named(String namespace) {
        return site.router().namedRoutes().stream().filter(r -> r.name().startsWith(namespace + ":")).toList();
    }

    @Test
    @DisplayName("the blog's two routes are named in the blog namespace, under blog/")
    void blogNamespace() {
        List<NamedRoute> blog = named("blog");
        assertEquals(2, blog.size(), "the router knows " + blog.size() + " names in the blog namespace, not 2: add "
                + "include(\"blog/\", \"blog\", List.of(...)) with two named routes to the demo's URLs. Known: "
                + site.router().namedRoutes());
        assertTrue(blog.stream().allMatch(r -> r.route().startsWith("blog/")),
                "the blog's routes should sit under blog/: " + blog);
    }

    @Test
    @DisplayName("the second inclusion answers to old-blog, with the same names and other paths")
    void oldBlogNamespace() {
        List<String> blogNames = named("blog").stream().map(r -> r.name().substring("blog:".length())).toList();
        List<String> oldNames = named("old-blog").stream().map(r -> r.name().substring("old-blog:".length())).toList();
        assertEquals(blogNames, oldNames, "the old-blog namespace does not hold the blog's names: include the same "
                + "routes a second time, under another prefix, with .namespace(\"old-blog\")");
        for (NamedRoute route : named("old-blog")) {
            String local = route.name().substring("old-blog:".length());
            assertNotEquals(named("blog").stream().filter(r -> r.name().equals("blog:" + local)).findFirst()
                    .orElseThrow().route(), route.route(), "blog:" + local + " and old-blog:" + local
                    + " reverse to the same path: give the second inclusion its own prefix");
        }
    }

    @Test
    @DisplayName("the home page links to both blog pages, and each link answers 200")
    void homeLinks() throws Exception {
        String home = demo.get("/").body();
        Matcher href = Pattern.compile("href=\"(/blog/[^\"]*)\"").matcher(home);
        List<String> links = href.results().map(m -> m.group(1)).distinct().collect(Collectors.toList());
        assertEquals(2, links.size(), "the home page has " + links.size() + " links into /blog/, not 2: link to "
                + "each blog page with router.reverse(\"blog:...\"). The page: " + home);
        for (String link : links) {
            assertEquals(200, demo.get(link).statusCode(), link + ", linked from the home page, does not answer 200");
        }
    }
}
