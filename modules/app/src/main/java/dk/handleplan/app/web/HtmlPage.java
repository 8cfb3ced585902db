package dk.handleplan.app.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A page as UTF-8 bytes in parts: what was rendered for this request around a ready-made part that is
 * kept as bytes (a plan's table, the overview's offers). The part is sent as it is kept, neither copied
 * into the page's text nor encoded again: it is most of the page (150 KB of a plan page's 200 KB), and
 * copying and encoding it on every view made most of the plan page's garbage in the benchmark.
 */
public final class HtmlPage {

    private final byte[][] parts;
    private final int length;

    HtmlPage(byte[]... parts) {
        this.parts = parts.clone();
        int total = 0;
        for (byte[] part : parts) {
            total = Math.addExact(total, part.length);
        }
        this.length = total;
    }

    /** The number of bytes the page has. */
    public int length() {
        return length;
    }

    /** Writes the page's bytes, part after part. */
    public void writeTo(OutputStream out) throws IOException {
        for (byte[] part : parts) {
            out.write(part);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(length);
        for (byte[] part : parts) {
            text.append(new String(part, java.nio.charset.StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
