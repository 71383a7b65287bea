package org.storyline.eval;

import java.io.IOException;

/** A gold or prediction file that cannot be read; the message names the file and line. */
public final class EvalInputException extends IOException {
    public EvalInputException(String message) {
        super(message);
    }
}
