package dev.ladder.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every piece of text Ladder serves is word for word in the council's source document (copies in
 * {@code src/test/resources/seeds/}), once the extraction noise the transcription rules allow us to
 * remove is removed from the source too: HTML tags, bullet characters, footnote asterisks, line breaks.
 * An item that a page break cut in two must be found as two consecutive-in-meaning pieces: the test
 * accepts a text made of at most two pieces, split at a space, that are each in the source.
 */
class VerbatimTest {

    @ParameterizedTest(name = "{0} is verbatim from {1}")
    @CsvSource({
            "cambridge,     000_0e35d637db1b8d3e.txt",
            "milton-keynes, 003_7393551392fbfbf0.txt",
            "leicester,     004_a23c8f4282734c40.txt"})
    void everyServedTextIsInTheSource(String id, String seed) throws IOException {
        String source = normalise(Files.readString(Path.of("src/test/resources/seeds", seed)));
        Framework framework = LoadedFrameworks.framework(id);

        List<String> missing = new ArrayList<>();
        texts(framework).filter(text -> !inSource(normalise(text), source)).forEach(missing::add);

        assertThat(missing).as("texts not found in %s", seed).isEmpty();
        assertThat(texts(framework).count()).as("texts checked").isGreaterThan(200);
    }

    private static Stream<String> texts(Framework framework) {
        // Level labels are not checked: Cambridge's and Leicester's are Ladder's names for the tiers the
        // documents describe (the API contract), not text of the documents.
        Stream<String> levels = framework.levels().stream().flatMap(level -> level.typicalPosts().stream());
        Stream<String> competencies = framework.competencies().stream().flatMap(c -> Stream.of(
                        Stream.of(c.title(), c.definition()), c.attributes().stream(),
                        c.indicators().stream().map(Indicator::text))
                .flatMap(s -> s));
        return Stream.concat(levels, competencies).filter(java.util.Objects::nonNull);
    }

    private static boolean inSource(String text, String source) {
        if (source.contains(text)) {
            return true;
        }
        for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
            if (source.contains(text.substring(0, space)) && source.contains(text.substring(space + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        return text.replaceAll("<[^>]+>", " ")
                .replaceAll("[✓✗●•*]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
