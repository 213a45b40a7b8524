/**
 * The project, Django's {@code mysite}: {@link mysite.Main} is its {@code manage.py}, and
 * {@link mysite.RootUrls} its root URLconf, which mounts the polls app under {@code /polls/}.
 */
package mysite;
