/** The polls app's views: request in, response out, through the ORM and the shortcuts; never SQL, never HTML. */
package mysite.polls.views;
