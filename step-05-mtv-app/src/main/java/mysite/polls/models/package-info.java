/** The polls app's models: plain classes the ORM maps to tables. They know nothing of views, URLs or HTTP. */
package mysite.polls.models;
