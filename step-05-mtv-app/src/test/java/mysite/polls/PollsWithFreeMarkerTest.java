package mysite.polls;

/** The polls app rendered by FreeMarker, from the .ftlh twins of the templates. */
class PollsWithFreeMarkerTest extends PollsViewsContract {
    @Override
    String engine() {
        return "freemarker";
    }
}
