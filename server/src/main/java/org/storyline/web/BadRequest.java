package org.storyline.web;

/** Thrown by a handler for a request it cannot answer as asked (bad parameter, bad upload); answered with a 400. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message, null, false, false);
    }
}
