package org.storyline.web;

/** Thrown by a handler when the requested article, event or page does not exist; answered with a 404. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message, null, false, false);
    }
}
