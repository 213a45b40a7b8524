/**
 * Django's {@code django.contrib.messages}: one-time notices ("Saved.", "That did not work.") carried
 * from the view that handles a POST to the page after its redirect.
 *
 * <p>{@link org.mtvkit.contrib.messages.Messages#success} -> a JSON list in the visitor's session ->
 * redirect -> {@link org.mtvkit.contrib.messages.Messages#get} on the next page returns them and
 * removes them. It needs the session middleware.
 */
package org.mtvkit.contrib.messages;
