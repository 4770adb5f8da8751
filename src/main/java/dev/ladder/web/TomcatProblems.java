package dev.ladder.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.ladder.security.ProblemJson;
import jakarta.servlet.RequestDispatcher;

/**
 * Tomcat refuses some requests before Spring sees them: an encoded {@code /} or NUL in the path, a
 * request line or headers over {@code server.max-http-request-header-size} (8 KB: a 20 kB query string).
 * It answers those with its error report valve, an HTML page. This replaces that valve with one that
 * writes an RFC 9457 problem detail like every other error of the API. Runs after Spring Boot's own
 * Tomcat customizer, which installs the stock valve.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemValve());
            if (host instanceof StandardHost standard) {
                // Otherwise the host adds the stock valve again when it starts
                standard.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as a problem detail; never a stack trace or the server's version. */
    static final class ProblemValve extends ErrorReportValve {

        ProblemValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String json = ProblemJson.of(status, title, detail(request, response, status, throwable), uri(request));
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone or the response is already on its way: nothing more can be said
            }
        }

        private static String detail(Request request, Response response, int status, Throwable throwable) {
            if (status == 400) {
                String reason = response.getMessage() != null && !response.getMessage().isBlank()
                        ? " (" + response.getMessage() + ")" : "";
                return "The server could not read this request" + reason + ". Expected a path without an encoded"
                        + " '/' (%2F), '\\' (%5C) or NUL (%00), and a request line and headers"
                        + " within server.max-http-request-header-size (8 kB by default, query string included)";
            }
            if (status >= 500) {
                return "The server could not answer this request; the cause is in its log";
            }
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            return message != null && !message.toString().isBlank() ? message.toString()
                    : response.getMessage() != null ? response.getMessage() : "The request was refused";
        }

        private static String uri(Request request) {
            try {
                String uri = request.getRequestURI();
                return uri == null || uri.length() > 200 ? null : uri;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
