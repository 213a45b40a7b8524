/** The polls app's URLconf: patterns wired to views, under the application namespace {@code polls}. */
package mysite.polls.urls;
