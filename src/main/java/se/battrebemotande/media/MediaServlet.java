package se.battrebemotande.media;

import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.learning.FilmDeliveries;
import se.battrebemotande.media.ByteRanges.Parsed;
import se.battrebemotande.media.ByteRanges.Range;
import se.battrebemotande.media.ByteRanges.Satisfiable;

/**
 * Serves {@code /media/<path>}: only the films, captions and posters of active steps, never anything
 * else in the package (question banks hold the right answers). Supports single and multiple byte
 * ranges, and answers 304 to a browser that already has the file.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());
    private static final int BUFFER = 64 * 1024;
    static final long RECORD_EVERY = 1024 * 1024;
    static final Map<String, String> CONTENT_TYPES = Map.of(
            "mp4",
            "video/mp4",
            "webm",
            "video/webm",
            "vtt",
            "text/vtt;charset=utf-8",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "png",
            "image/png",
            "webp",
            "image/webp");

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient MediaFiles files;

    @Inject
    transient FilmDeliveries deliveries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<Path> found = resolve(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = found.get();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long length = attributes.size();
        Delivery delivery = delivery(request, length);
        long modified = attributes.lastModifiedTime().toMillis() / 1000 * 1000;
        String etag = "\"" + Long.toHexString(length) + "-" + Long.toHexString(modified) + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified);
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("Accept-Ranges", "bytes");
        if (notModified(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String contentType = CONTENT_TYPES.get(extension(file.getFileName().toString()));
        Optional<Parsed> ranges = rangeApplies(request, etag, modified)
                ? ByteRanges.parse(request.getHeader("Range"), length)
                : Optional.empty();
        if (ranges.isPresent() && ranges.get() instanceof ByteRanges.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ranges.isEmpty()) {
                response.setContentType(contentType);
                response.setContentLengthLong(length);
                if (withBody) {
                    copy(channel, new Range(0, length - 1), response.getOutputStream(), delivery);
                }
                return;
            }
            List<Range> list = ((Satisfiable) ranges.get()).ranges();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            if (list.size() == 1) {
                Range range = list.get(0);
                response.setContentType(contentType);
                response.setHeader("Content-Range", range.contentRange(length));
                response.setContentLengthLong(range.length());
                if (withBody) {
                    copy(channel, range, response.getOutputStream(), delivery);
                }
            } else {
                sendMultipart(channel, list, length, contentType, response, withBody, delivery);
            }
        } catch (IOException e) {
            // Browsers drop media connections all the time when the learner seeks; that is not an error.
            LOG.log(Level.FINE, "Media response for " + file.getFileName() + " ended early", e);
        }
    }

    private void sendMultipart(
            FileChannel channel,
            List<Range> ranges,
            long length,
            String contentType,
            HttpServletResponse response,
            boolean withBody,
            Delivery delivery)
            throws IOException {
        String boundary = UUID.randomUUID().toString().replace("-", "");
        List<byte[]> heads = ranges.stream()
                .map(r -> ("\r\n--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: "
                                + r.contentRange(length) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII))
                .toList();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long total = tail.length;
        for (int i = 0; i < ranges.size(); i++) {
            total += heads.get(i).length + ranges.get(i).length();
        }
        response.setContentType("multipart/byteranges; boundary=" + boundary);
        response.setContentLengthLong(total);
        if (!withBody) {
            return;
        }
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < ranges.size(); i++) {
            out.write(heads.get(i));
            copy(channel, ranges.get(i), out, delivery);
        }
        out.write(tail);
    }

    /** Where the bytes of a film that reached a learner are recorded, as they go. */
    @FunctionalInterface
    interface Delivery {
        Delivery NONE = (from, to) -> {};

        void delivered(long from, long to);
    }

    /** For a signed-in person's request of a step's film: records what is delivered (learning.DeliveredBytes). */
    private Delivery delivery(HttpServletRequest request, long size) {
        Optional<Long> account = Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> {
            try {
                return Optional.of(Long.parseLong(p.getName()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        Optional<Long> step =
                catalog.outline().stepOfFilm(request.getPathInfo().substring(1)).map(s -> s.id());
        if (account.isEmpty() || step.isEmpty()) {
            return Delivery.NONE;
        }
        return (from, to) -> deliveries.record(account.get(), step.get(), size, from, to);
    }

    /**
     * Writes a range, telling {@code delivery} what has gone out every {@value #RECORD_EVERY} bytes
     * and at the end (also when the browser breaks off), so that credit for a film being streamed
     * does not wait for the whole download.
     */
    private static void copy(FileChannel channel, Range range, ServletOutputStream out, Delivery delivery)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long position = range.first();
        long recorded = position;
        long end = range.last() + 1;
        try {
            while (position < end) {
                buffer.clear().limit((int) Math.min(BUFFER, end - position));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    break;
                }
                out.write(buffer.array(), 0, read);
                position += read;
                if (position - recorded >= RECORD_EVERY) {
                    out.flush();
                    delivery.delivered(recorded, position);
                    recorded = position;
                }
            }
        } finally {
            if (position > recorded) {
                delivery.delivered(recorded, position);
            }
        }
    }

    /** Only files the course names as media are served, and only from inside their folder. */
    Optional<Path> resolve(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return Optional.empty();
        }
        String relative = pathInfo.substring(1);
        if (!catalog.outline().isMediaFile(relative)) {
            return Optional.empty();
        }
        return files.resolve(relative);
    }

    static boolean notModified(HttpServletRequest request, String etag, long modified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*")
                    || List.of(ifNoneMatch.split(",")).stream()
                            .map(String::strip)
                            .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                            .anyMatch(etag::equals);
        }
        long since = dateHeader(request, "If-Modified-Since");
        return since >= 0 && modified <= since;
    }

    /** A Range applies unless If-Range names another version of the file. */
    static boolean rangeApplies(HttpServletRequest request, String etag, long modified) {
        String ifRange = request.getHeader("If-Range");
        if (ifRange == null) {
            return true;
        }
        if (ifRange.strip().startsWith("\"")) {
            return ifRange.strip().equals(etag);
        }
        long date = dateHeader(request, "If-Range");
        return date >= 0 && modified <= date;
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
