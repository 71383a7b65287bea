package org.storyline.cli;

import picocli.CommandLine.Option;

/** Where the web server listens: shared by {@code serve} and {@code demo}. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;
}
