package dev.ladder.framework;

/**
 * Why a file was rejected, precise enough to find and fix: a syntax error names the line and column;
 * a SHACL violation names the focus node, the path and the shape's message.
 *
 * @param line      1-based line of a syntax error, or null
 * @param column    1-based column of a syntax error, or null
 * @param focusNode the node that broke a shape, or null
 * @param path      the property path of the broken shape, or null
 */
public record LoadProblem(String file, Long line, Long column, String focusNode, String path, String message) {

    static LoadProblem syntax(String file, long line, long column, String message) {
        return new LoadProblem(file, line < 0 ? null : line, column < 0 ? null : column, null, null, message);
    }

    static LoadProblem shape(String file, String focusNode, String path, String message) {
        return new LoadProblem(file, null, null, focusNode, path, message);
    }

    static LoadProblem file(String file, String message) {
        return new LoadProblem(file, null, null, null, null, message);
    }

    /** One line for a log: {@code frameworks/x.ttl:12:5: message} or {@code … focus <n> path <p>: message}. */
    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (line != null) {
            where.append(':').append(line);
            if (column != null) {
                where.append(':').append(column);
            }
        }
        if (focusNode != null) {
            where.append(" focus node ").append(focusNode);
        }
        if (path != null) {
            where.append(" path ").append(path);
        }
        return where + ": " + message;
    }
}
