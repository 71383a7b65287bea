package org.storyline.web;

/** Thrown when an upload is over the configured limit; answered with a 413. */
final class TooLarge extends RuntimeException {
    TooLarge(String message) {
        super(message, null, false, false);
    }
}
