package dev.ladder.framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/** A Turtle file of {@code ontology/}: its name relative to that folder, bytes and parse. */
record TurtleFile(String name, Path path, byte[] bytes) {

    static TurtleFile read(Path root, Path path) throws IOException {
        return new TurtleFile(root.relativize(path).toString().replace('\\', '/'), path, Files.readAllBytes(path));
    }

    /** SHA-256 of the file's bytes followed by {@code salt} (e.g. the shapes' own checksum). */
    String checksum(String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(salt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed graph, or the syntax problems (with line and column) that stopped it. */
    Parsed parse() {
        List<LoadProblem> problems = new ArrayList<>();
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(bytes))
                    .lang(Lang.TURTLE)
                    .base(path.toUri().toString())
                    .errorHandler(new Collector(problems))
                    .parse(model);
        } catch (RiotException e) {
            if (problems.isEmpty()) {
                problems.add(LoadProblem.file(name, e.getMessage()));
            }
        }
        return new Parsed(problems.isEmpty() ? model : null, problems);
    }

    record Parsed(Model model, List<LoadProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Records errors with their position; warnings (e.g. odd IRIs) are treated as errors too. */
    private final class Collector implements ErrorHandler {
        private final List<LoadProblem> problems;

        Collector(List<LoadProblem> problems) {
            this.problems = problems;
        }

        @Override
        public void warning(String message, long line, long col) {
            problems.add(LoadProblem.syntax(name, line, col, message));
        }

        @Override
        public void error(String message, long line, long col) {
            problems.add(LoadProblem.syntax(name, line, col, message));
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            problems.add(LoadProblem.syntax(name, line, col, message));
            throw new RiotException(message);
        }
    }
}
