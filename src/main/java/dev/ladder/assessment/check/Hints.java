package dev.ladder.assessment.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Plain-English advice next to Drools' messages about unknown facts, fields, values and names.
 * Drools' own message is kept; the hint says what it means and what the rules may use instead.
 */
final class Hints {

    private static final String FACT_PACKAGE = "dev.ladder.assessment.fact";
    private static final List<String> FACTS = factTypes();

    static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    static final Pattern NOT_A_TYPE = Pattern.compile("([\\w.$]+) cannot be resolved to a type");
    static final Pattern NOT_A_FIELD = Pattern.compile("([\\w$]+) cannot be resolved or is not a field");
    static final Pattern NOT_RESOLVED = Pattern.compile("([\\w$]+) cannot be resolved\\b(?! to a type| or is not)");

    private Hints() {
    }

    /** Advice for a Drools message, if there is any to give; {@code code} is the rule's code around it. */
    static Optional<String> forMessage(String message, String code) {
        Matcher m = UNKNOWN_TYPE.matcher(message);
        if (m.find()) {
            return Optional.of(unknownFact(simple(m.group(1))));
        }
        m = STRICT.matcher(message);
        if (m.find()) {
            return Optional.of(unknownMember(m.group(1), m.group(2)));
        }
        m = NOT_A_TYPE.matcher(message);
        if (m.find()) {
            return Optional.of(unknownFact(simple(m.group(1))));
        }
        m = NOT_A_FIELD.matcher(message);
        if (m.find()) {
            String name = m.group(1);
            Matcher owner = Pattern.compile("([A-Z]\\w*)\\s*\\.\\s*" + Pattern.quote(name) + "\\b").matcher(code == null ? "" : code);
            if (owner.find()) {
                Optional<Class<?>> type = factClass(owner.group(1));
                if (type.isPresent()) {
                    return Optional.of(unknownMember(type.get().getName(), name));
                }
            }
            return Optional.of("\"" + name + "\" is not a field or value Drools knows here; check its spelling (names are case-sensitive).");
        }
        m = NOT_RESOLVED.matcher(message);
        if (m.find()) {
            String name = m.group(1);
            return Optional.of(name.startsWith("$")
                    ? "\"" + name + "\" is used but never bound: bind it in the when part (\"" + name
                    + " : Fact(...)\") before using it, and check its spelling."
                    : "Drools knows no \"" + name + "\" here; check its spelling (names are case-sensitive).");
        }
        if (message.contains("Syntax error on token")) {
            return Optional.of("This is not valid code: look for a missing or extra bracket, comma or quote, or a value "
                    + "that is not of the expected kind (a number where a number is expected).");
        }
        if (message.contains("Duplicate rule name") || message.contains("Duplicate rule")) {
            return Optional.of("Each rule needs a name of its own: rename one of them.");
        }
        if (message.contains("[ERR 101]") || message.contains("no viable alternative")) {
            return Optional.of("Drools could not read this part of the rule: look for a misspelt keyword (rule, when, "
                    + "then, end), a missing bracket or quote, or a stray character.");
        }
        if (message.contains("[ERR 104]") || message.contains("trailing semi-colon")) {
            return Optional.of("Remove the ';' at the end of this condition: conditions do not end with ';'.");
        }
        return Optional.empty();
    }

    private static String unknownFact(String name) {
        String near = Similar.nearest(name, FACTS).map(n -> "Did you mean " + n + "? ").orElse("");
        return "There is no fact called \"" + name + "\". " + near + "The facts the rules can use are "
                + String.join(", ", FACTS) + " (rules/README.md, \"The facts the rules read\").";
    }

    /** A misspelt field of a fact, or value of an enumeration ({@code Polarity.NEGATIV}). */
    static String unknownMember(String typeName, String member) {
        Optional<Class<?>> type = load(typeName).or(() -> factClass(simple(typeName)));
        if (type.isEmpty()) {
            return "\"" + member + "\" is not known on " + simple(typeName) + "; check its spelling (names are case-sensitive).";
        }
        Class<?> t = type.get();
        List<String> names = new ArrayList<>();
        String what;
        if (t.isEnum()) {
            Arrays.stream(t.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
            what = "values";
        } else if (t.isRecord()) {
            Arrays.stream(t.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
            what = "fields";
        } else {
            Arrays.stream(t.getMethods()).filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() == t)
                    .map(java.lang.reflect.Method::getName).forEach(names::add);
            what = "fields";
        }
        String near = Similar.nearest(member, names).map(n -> "Did you mean " + n + "? ").orElse("");
        return t.getSimpleName() + " has no " + (t.isEnum() ? "value" : "field") + " \"" + member + "\". " + near
                + "Its " + what + " are " + String.join(", ", names) + ".";
    }

    private static Optional<Class<?>> factClass(String simpleName) {
        return load(FACT_PACKAGE + "." + simpleName).or(() -> load("dev.ladder.framework." + simpleName));
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, Hints.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The facts of {@code dev.ladder.assessment.fact}, by simple name (read from the class path, jar or folder). */
    private static List<String> factTypes() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(Hints.class.getClassLoader())
                    .getResources("classpath*:" + FACT_PACKAGE.replace('.', '/') + "/*.class")) {
                String file = resource.getFilename();
                if (file != null && !file.contains("$") && !file.startsWith("package-info")) {
                    names.add(file.substring(0, file.length() - ".class".length()));
                }
            }
        } catch (java.io.IOException e) {
            // no list then: the hint just names the README
        }
        names.removeIf(n -> load(FACT_PACKAGE + "." + n).map(c -> c.isInterface() || c.isEnum()).orElse(true));
        return List.copyOf(names);
    }
}
