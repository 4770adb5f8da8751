package dev.ladder.organisation;

import java.util.List;

/** A CSV file rejected whole, with every problem found, by line and column. */
public class InvalidCsv extends RuntimeException {

    private final transient List<CsvProblem> problems;

    public InvalidCsv(List<CsvProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was stored");
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
