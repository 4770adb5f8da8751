package dev.ladder.framework;

import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * The shapes every framework file is checked against. When {@code shapes.ttl} is missing or broken no
 * framework file can be checked, so every changed framework file is rejected, naming the reason.
 */
final class ShapesSource {

    private final ShapeCheck check;
    private final String checksum;
    private final List<LoadProblem> problems;

    private ShapesSource(ShapeCheck check, String checksum, List<LoadProblem> problems) {
        this.check = check;
        this.checksum = checksum;
        this.problems = problems;
    }

    static ShapesSource from(List<TurtleFile> files) {
        TurtleFile shapes = files.stream().filter(f -> f.name().equals(OntologyLoader.SHAPES_FILE)).findFirst()
                .orElse(null);
        if (shapes == null) {
            return new ShapesSource(null, "", List.of(
                    LoadProblem.file(OntologyLoader.SHAPES_FILE, "missing: framework files cannot be checked")));
        }
        TurtleFile.Parsed parsed = shapes.parse();
        if (!parsed.ok()) {
            return new ShapesSource(null, "", parsed.problems());
        }
        return new ShapesSource(new ShapeCheck(parsed.model()), shapes.checksum(""), List.of());
    }

    String checksum() {
        return checksum;
    }

    List<LoadProblem> check(TurtleFile file, Model data) {
        if (check == null) {
            return problems.stream()
                    .map(p -> LoadProblem.file(file.name(), "not checked, shapes unusable: " + p.describe()))
                    .toList();
        }
        return check.check(file.name(), data);
    }
}
