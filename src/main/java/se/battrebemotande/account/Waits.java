package se.battrebemotande.account;

import se.battrebemotande.web.Texts;

/** A wait in words: "12 sekunder", "3 minuter". */
final class Waits {
    private Waits() {}

    static String text(long seconds, Texts texts) {
        if (seconds < 90) {
            return texts.get("wait.seconds", Math.max(1, seconds));
        }
        return texts.get("wait.minutes", (seconds + 59) / 60);
    }
}
