package mysite.polls;

/** The polls app rendered by the kit's own template engine (step 3). */
class PollsWithOurEngineTest extends PollsViewsContract {
    @Override
    String engine() {
        return "django";
    }
}
