package dev.nbmigrate.converter.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of text notebooks, reporting the line and column of the first invalid byte. */
final class TextDecoding {

    private TextDecoding() {
    }

    /** Decodes UTF-8 (a leading byte order mark is dropped) or fails naming the position of the bad bytes. */
    static String utf8(String notebook, byte[] bytes) throws NotebookReadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            String decoded = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < decoded.length(); i++) {
                if (decoded.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = decoded.length() - lineStart + 1;
            int bad = bytes[in.position()] & 0xFF;
            throw new NotebookReadException(notebook, line, column,
                    String.format("not valid UTF-8 text: invalid byte 0x%02x", bad), null);
        }
        return out.toString();
    }
}
