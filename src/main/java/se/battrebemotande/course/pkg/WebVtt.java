package se.battrebemotande.course.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small WebVTT reader: enough to check that a caption file is valid, that its cues run forward
 * in time and stay inside the film. Browsers do the rendering.
 */
public final class WebVtt {
    private static final Pattern TIMING = Pattern.compile(
            "^((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})\\s+-->\\s+((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})(?:\\s+.*)?$");

    public record Cue(int number, double start, double end, String text) {}

    private WebVtt() {}

    /** The cues of a WebVTT document; throws with the line number when it is not valid WebVTT. */
    public static List<Cue> parse(String document) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0
                || !(lines[0].equals("WEBVTT") || lines[0].startsWith("WEBVTT ") || lines[0].startsWith("WEBVTT\t"))) {
            throw new IllegalArgumentException("line 1: a WebVTT file must start with \"WEBVTT\"");
        }
        List<Cue> cues = new ArrayList<>();
        int i = 1;
        while (i < lines.length && !lines[i].isEmpty()) {
            i++; // header block
        }
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i >= lines.length) {
                break;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            String first = block.get(0);
            if (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION")) {
                continue;
            }
            int timingIndex = first.contains("-->") ? 0 : 1;
            if (timingIndex >= block.size() || !block.get(timingIndex).contains("-->")) {
                throw new IllegalArgumentException("line " + (blockStart + 1) + ": a cue has no timing line");
            }
            Matcher m = TIMING.matcher(block.get(timingIndex).trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (blockStart + timingIndex + 1) + ": bad cue timing \""
                        + block.get(timingIndex) + "\"");
            }
            double start = seconds(m.group(1));
            double end = seconds(m.group(2));
            if (end <= start) {
                throw new IllegalArgumentException(
                        "line " + (blockStart + timingIndex + 1) + ": the cue ends before it starts");
            }
            String cueText = String.join("\n", block.subList(timingIndex + 1, block.size()));
            cues.add(new Cue(cues.size() + 1, start, end, cueText));
        }
        return cues;
    }

    static double seconds(String timestamp) {
        String[] parts = timestamp.split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        int minutes = Integer.parseInt(parts[parts.length - 2]);
        int hours = parts.length == 3 ? Integer.parseInt(parts[0]) : 0;
        if (minutes > 59 || seconds >= 60) {
            throw new IllegalArgumentException("bad cue timing \"" + timestamp + "\"");
        }
        return hours * 3600 + minutes * 60 + seconds;
    }
}
