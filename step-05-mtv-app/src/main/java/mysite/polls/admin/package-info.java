/** The polls app's admin registration, Django's {@code polls/admin.py}: which models the admin shows, and how. */
package mysite.polls.admin;
