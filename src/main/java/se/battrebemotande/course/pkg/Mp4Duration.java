package se.battrebemotande.course.pkg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;

/**
 * Reads a film's duration from the movie header ({@code moov/mvhd}) of an MP4 file, seeking past
 * the media data instead of reading it, so that the manifest can be checked against the film.
 */
public final class Mp4Duration {
    private Mp4Duration() {}

    public static OptionalDouble of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long moov = findBox(channel, 0, channel.size(), "moov");
            if (moov < 0) {
                return OptionalDouble.empty();
            }
            long moovEnd = moov + boxSize(channel, moov);
            long mvhd = findBox(channel, moov + 8, moovEnd, "mvhd");
            if (mvhd < 0) {
                return OptionalDouble.empty();
            }
            ByteBuffer header = read(channel, mvhd + 8, 32);
            int version = header.get(0);
            long timescale;
            long duration;
            if (version == 1) {
                timescale = Integer.toUnsignedLong(header.getInt(20));
                duration = header.getLong(24);
            } else {
                timescale = Integer.toUnsignedLong(header.getInt(12));
                duration = Integer.toUnsignedLong(header.getInt(16));
            }
            return timescale == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) duration / timescale);
        }
    }

    private static long findBox(FileChannel channel, long from, long to, String type) throws IOException {
        long position = from;
        while (position + 8 <= to) {
            long size = boxSize(channel, position);
            String boxType =
                    new String(read(channel, position + 4, 4).array(), java.nio.charset.StandardCharsets.US_ASCII);
            if (boxType.equals(type)) {
                return position;
            }
            if (size < 8) {
                return -1;
            }
            position += size;
        }
        return -1;
    }

    private static long boxSize(FileChannel channel, long position) throws IOException {
        long size = Integer.toUnsignedLong(read(channel, position, 4).getInt(0));
        if (size == 1) {
            return read(channel, position + 8, 8).getLong(0);
        }
        return size == 0 ? channel.size() - position : size;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return buffer.flip();
    }
}
