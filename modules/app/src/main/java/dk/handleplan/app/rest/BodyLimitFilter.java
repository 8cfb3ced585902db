package dk.handleplan.app.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 1 MiB with 413 (an uploaded Word plan: 10 MiB, as such files carry logos
 * and pictures): at once when Content-Length says so, and while reading when the body is streamed
 * without a length.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.endsWith("/plan-imports") || path.equals("planer/import") ? MAX_UPLOAD_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(ProblemMapper.tooLarge().at("/" + path).response());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
        }
    }

    /** Thrown while reading a body that grows past the limit. */
    static final class TooLargeException extends IOException {
        static final String MESSAGE = "Request body larger than allowed";
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(MESSAGE);
        }
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException();
            }
        }
    }
}
