package dev.ladder.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.ladder.framework.Framework;
import dev.ladder.organisation.Employee;

/**
 * A synthetic organisation: one council per framework, its people split over departments, with a
 * management line at every level. The top level of the framework heads the council; each manager's
 * reports are at the next lower level; team sizes grow towards the front line. The same frameworks,
 * size and random numbers give the same organisation.
 */
final class DemoOrganisation {

    static final String HEAD_OFFICE = "Chief Executive's Office";

    static final List<String> DEPARTMENTS = List.of(
            "Revenues and Benefits", "Adult Social Care", "Children's Services", "Environmental Services",
            "Planning", "Housing", "Finance", "Customer Services", "ICT", "Legal and Democratic Services",
            "Human Resources", "Highways and Transport", "Waste and Recycling", "Public Health",
            "Leisure and Culture", "Regeneration");

    private static final Map<String, String> PREFIXES = Map.of("cambridge", "CC", "milton-keynes", "MK",
            "leicester", "LC");

    /** Span of control above the front line; front-line teams are twice as large. */
    private static final double SPAN = 3.0;

    private DemoOrganisation() {
    }

    /**
     * About {@code total} people over the frameworks, in shares proportional to their number of levels
     * (each gets at least one person per level when {@code total} allows).
     */
    static List<Employee> generate(Collection<Framework> frameworks, int total, Random random) {
        List<Framework> sorted = frameworks.stream().sorted(Comparator.comparing(Framework::id)).toList();
        int[] shares = shares(sorted, total);
        List<Employee> employees = new ArrayList<>(total);
        for (int f = 0; f < sorted.size(); f++) {
            if (shares[f] > 0) {
                employees.addAll(council(sorted.get(f), shares[f], total, random));
            }
        }
        return employees;
    }

    private static int[] shares(List<Framework> frameworks, int total) {
        int levels = frameworks.stream().mapToInt(f -> f.levels().size()).sum();
        double[] weights = frameworks.stream().mapToDouble(f -> f.levels().size()).toArray();
        int[] shares = split(total, weights);
        if (total >= levels) {
            // every framework gets at least one person per level: take from the largest
            for (int f = 0; f < shares.length; f++) {
                int minimum = frameworks.get(f).levels().size();
                while (shares[f] < minimum) {
                    int largest = 0;
                    for (int g = 1; g < shares.length; g++) {
                        largest = shares[g] > shares[largest] ? g : largest;
                    }
                    shares[largest]--;
                    shares[f]++;
                }
            }
        }
        return shares;
    }

    /** One council: its head at the top level, department heads one level down, then teams down to level 1. */
    private static List<Employee> council(Framework framework, int size, int total, Random random) {
        List<Integer> ranks = framework.levels().stream().map(l -> l.rank()).sorted().toList();
        Node head = new Node(ranks.get(ranks.size() - 1), HEAD_OFFICE);
        int below = size - 1;
        if (ranks.size() <= 2) {
            // too few levels for department heads: everyone reports to the head (the level below, if any)
            for (int i = 0; i < below; i++) {
                head.reports.add(new Node(ranks.get(0), DEPARTMENTS.get(i % DEPARTMENTS.size())));
            }
        } else if (below > 0) {
            int departmentLevels = ranks.size() - 1;
            int typical = (int) Math.round(subtreeSize(departmentLevels, SPAN));
            int departments = Math.max(Math.min(3, below / departmentLevels),
                    Math.min(DEPARTMENTS.size(), (int) Math.round((double) below / typical)));
            departments = Math.max(1, Math.min(departments, below));
            List<String> names = new ArrayList<>(DEPARTMENTS);
            java.util.Collections.shuffle(names, random);
            double[] weights = new double[departments];
            for (int d = 0; d < departments; d++) {
                weights[d] = 0.6 + 0.8 * random.nextDouble();
            }
            int[] budgets = atLeastOne(split(below, weights));
            for (int d = 0; d < departments; d++) {
                Node departmentHead = new Node(head.rank - 1, names.get(d % names.size()));
                head.reports.add(departmentHead);
                int staff = budgets[d] - 1;
                fill(departmentHead, staff, span(departmentLevels, budgets[d]), random);
            }
        }
        return number(framework, head, total, random);
    }

    /** Places {@code budget} people under {@code manager}, at the levels below, as a team tree. */
    private static void fill(Node manager, int budget, double span, Random random) {
        if (budget <= 0 || manager.rank <= 1) {
            return;
        }
        int levelsBelow = manager.rank - 1;
        if (levelsBelow == 1) {
            for (int i = 0; i < budget; i++) {
                manager.reports.add(new Node(1, manager.department));
            }
            return;
        }
        int reports = (int) Math.round(budget / subtreeSize(levelsBelow, span));
        reports = Math.max(1, Math.min(reports, budget / levelsBelow));
        reports = Math.min(Math.max(reports, 1), budget);
        double[] weights = new double[reports];
        for (int i = 0; i < reports; i++) {
            weights[i] = 0.75 + 0.5 * random.nextDouble();
        }
        int[] shares = split(budget - reports, weights);
        for (int i = 0; i < reports; i++) {
            Node report = new Node(manager.rank - 1, manager.department);
            manager.reports.add(report);
            fill(report, shares[i], span, random);
        }
    }

    /** Size of a team tree headed at {@code levels} levels above the front line (1 = a front-line person). */
    private static double subtreeSize(int levels, double span) {
        double size = 1;
        for (int level = 2; level <= levels; level++) {
            size = 1 + (level == 2 ? 2 * span : span) * size;
        }
        return size;
    }

    /** The span that makes a tree of {@code levels} levels hold about {@code size} people. */
    private static double span(int levels, int size) {
        double low = 0.5;
        double high = Math.max(1, size);
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (subtreeSize(levels, mid) < size) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Ids in breadth-first order (the head is 0001), names, managers. */
    private static List<Employee> number(Framework framework, Node head, int total, Random random) {
        String prefix = PREFIXES.getOrDefault(framework.id(),
                framework.id().replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT) + "-");
        int width = Math.max(4, String.valueOf(total).length());
        List<Employee> employees = new ArrayList<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(head));
        int next = 1;
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            node.id = prefix + String.format("%0" + width + "d", next++);
            employees.add(new Employee(node.id, Names.next(random), node.department,
                    node.manager == null ? null : node.manager.id, framework.id(), node.rank));
            for (Node report : node.reports) {
                report.manager = node;
                queue.addLast(report);
            }
        }
        return employees;
    }

    /** {@code total} split in proportion to {@code weights}, by largest remainder. */
    static int[] split(int total, double[] weights) {
        int[] shares = new int[weights.length];
        if (weights.length == 0) {
            return shares;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                best = remainders[i] > remainders[best] ? i : best;
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }

    /** Moves one from the largest share to any empty one, so every department has its head. */
    private static int[] atLeastOne(int[] shares) {
        for (int i = 0; i < shares.length; i++) {
            while (shares[i] == 0) {
                int largest = 0;
                for (int j = 1; j < shares.length; j++) {
                    largest = shares[j] > shares[largest] ? j : largest;
                }
                shares[largest]--;
                shares[i]++;
            }
        }
        return shares;
    }

    private static final class Node {
        final int rank;
        final String department;
        final List<Node> reports = new ArrayList<>();
        Node manager;
        String id;

        Node(int rank, String department) {
            this.rank = rank;
            this.department = department;
        }
    }
}
