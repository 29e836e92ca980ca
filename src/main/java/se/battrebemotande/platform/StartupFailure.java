package se.battrebemotande.platform;

import java.util.logging.Logger;

/**
 * What happens when the app cannot start: a plain message in the log, and (unless
 * {@code app.exit-on-startup-failure} is false) the server exits, so that nobody mistakes a Payara
 * Micro without the app for a running site. The exit runs on its own thread, after the failing
 * deployment has unwound.
 */
public final class StartupFailure {
    private StartupFailure() {}

    public static void report(Logger log, String problem, String remedy, boolean exit) {
        log.severe(() -> "\n\n*** Bättre bemötande cannot start. " + problem + "\n*** " + remedy + "\n");
        if (exit) {
            Thread stop = new Thread(() -> System.exit(1), "exit-after-failed-start");
            stop.setDaemon(true);
            stop.start();
        }
    }
}
