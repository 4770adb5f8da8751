package dev.ladder.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.ladder.security.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than {@code ladder.max-request-size} (default 10 MB, enough for a
 * CSV import of tens of thousands of rows) with 413 and a problem detail, for every content type.
 * A declared Content-Length over the limit is refused before anything is read. A body without one
 * (chunked) is counted as it is read: the read that passes the limit fails with {@link BodyTooLarge},
 * so nothing past the limit is read, nothing is stored, and {@link ApiErrors} answers 413.
 * Form bodies, which Tomcat parses itself, are capped by Tomcat's own form limit (2 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${ladder.max-request-size:10MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            tooLarge(request, response, "The request body has " + length + " bytes; at most " + maxBytes
                    + " are accepted (ladder.max-request-size)");
            return;
        }
        Counted counted = new Counted(request, maxBytes);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // A reader other than Spring MVC's message converters let the failure escape
            if (counted.exceeded() && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response, BodyTooLarge.message(maxBytes));
                return;
            }
            throw e;
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        String accept = request.getHeader("Accept");
        if (!request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html")) {
            // A browser posting a page's form (an upload): the HTML error page, saying the same
            response.sendError(413, detail);
            return;
        }
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(ProblemJson.of(413, "Payload too large", detail, request.getRequestURI()));
    }

    /** The body grew past the limit while it was read. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long maxBytes) {
            super(message(maxBytes));
        }

        static String message(long maxBytes) {
            return "The request body is larger than the " + maxBytes
                    + " bytes accepted (ladder.max-request-size); it was not read further and nothing was stored";
        }
    }

    /** The request, with a body that counts the bytes read and stops at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private CountingStream stream;
        private BufferedReader reader;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;
        private boolean exceeded;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit, so nothing beyond it is read
            int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, maxBytes - read + 1)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
                exceeded = true;
                throw new BodyTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
