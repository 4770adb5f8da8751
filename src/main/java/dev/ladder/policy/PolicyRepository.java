package dev.ladder.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository of published policy versions ({@code ladder.policy-history}): one commit per
 * version, author = the analyst, message = their reason, and a {@code Rule-Set-Version:} trailer with
 * the content hash of the rule set it produced. Its work tree holds {@code rules/…} and
 * {@code features/…}, so a clone reads like the project's own folders.
 */
final class PolicyRepository implements AutoCloseable {

    static final String RULE_SET_TRAILER = "Rule-Set-Version";
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{4,40}");
    private static final String RULES = "rules/";

    private final Path folder;
    private final Git git;

    private PolicyRepository(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    /** Opens the repository in {@code folder}, creating an empty one when there is none. */
    static PolicyRepository open(Path folder) {
        try {
            Files.createDirectories(folder);
            Git git = Files.isDirectory(folder.resolve(".git"))
                    ? new Git(new FileRepositoryBuilder().setWorkTree(folder.toFile()).setMustExist(true).build())
                    : Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
            return new PolicyRepository(folder, git);
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("Cannot open the policy history in " + folder.toAbsolutePath()
                    + " (ladder.policy-history): " + e.getMessage(), e);
        }
    }

    boolean isEmpty() {
        return head().isEmpty();
    }

    Optional<RevCommit> head() {
        try {
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                return Optional.of(walk.parseCommit(head));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits {@code files} (named as in the workbench) as the whole policy: files not in it are
     * removed from the next version.
     */
    RevCommit commit(Map<String, byte[]> files, String author, String message, String ruleSetVersion) {
        try {
            for (String top : List.of("rules", "features")) {
                deleteTree(folder.resolve(top));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(inRepository(file.getKey()));
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent(author, "");
            String full = message.strip() + (ruleSetVersion == null ? "" : "\n\n" + RULE_SET_TRAILER + ": " + ruleSetVersion) + "\n";
            return git.commit().setAuthor(who).setCommitter(who).setMessage(full).setAllowEmpty(true)
                    .setSign(false).call();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the policy history in " + folder.toAbsolutePath(), e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot commit to the policy history in " + folder.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Every commit, newest first. */
    List<RevCommit> log() {
        if (isEmpty()) {
            return List.of();
        }
        try {
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            return commits;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The commit a version names (its id, or an unambiguous start of it). */
    RevCommit commit(String version) {
        if (version == null || !COMMIT_ID.matcher(version).matches()) {
            throw new PolicyNotFound("No policy version '" + version + "': a version is a commit id of the policy"
                    + " history (hexadecimal, as GET /api/policy/history lists them)");
        }
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId id = git.getRepository().resolve(version + "^{commit}");
            if (id == null) {
                throw new PolicyNotFound("No policy version '" + version + "' in the policy history");
            }
            return walk.parseCommit(id);
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new PolicyNotFound("Policy version '" + version + "' names more than one version; give more of its id");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            throw new PolicyNotFound("No policy version '" + version + "' in the policy history");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a commit, named as in the workbench. */
    SortedMap<String, byte[]> files(RevCommit commit) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Repository repository = git.getRepository();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                String path = walk.getPathString();
                String name = path.startsWith(RULES) ? path.substring(RULES.length()) : path;
                boolean policy = path.startsWith(RULES) ? PolicyFiles.isRuleFile(name)
                        : PolicyFiles.isFeature(name) && name.endsWith(".feature");
                if (policy) {
                    files.put(name, repository.open(walk.getObjectId(0)).getBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The unified diff of a commit against its parent (against nothing for the first). */
    String diff(RevCommit commit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RevWalk walk = new RevWalk(git.getRepository()); DiffFormatter formatter = new DiffFormatter(out)) {
            RevCommit parsed = walk.parseCommit(commit);
            formatter.setRepository(git.getRepository());
            ObjectId parent = parsed.getParentCount() == 0 ? null : walk.parseCommit(parsed.getParent(0)).getTree();
            formatter.format(parent, parsed.getTree());
            formatter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The short id a version is known by. */
    String shortId(ObjectId id) {
        try (ObjectReader reader = git.getRepository().newObjectReader()) {
            return reader.abbreviate(id, 7).name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyst's reason: the commit message without the rule-set trailer. */
    static String reason(RevCommit commit) {
        String message = commit.getFullMessage().strip();
        int trailer = message.lastIndexOf("\n\n" + RULE_SET_TRAILER + ": ");
        return trailer < 0 ? message : message.substring(0, trailer).strip();
    }

    static String ruleSetVersion(RevCommit commit) {
        List<String> values = commit.getFooterLines(RULE_SET_TRAILER);
        return values.isEmpty() ? null : values.get(values.size() - 1).strip();
    }

    private static String inRepository(String name) {
        return PolicyFiles.isFeature(name) ? name : RULES + name;
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The whole history (branch main) as a git bundle: what replicas share through the store. */
    byte[] bundle() {
        RevCommit head = head().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            org.eclipse.jgit.transport.BundleWriter writer = new org.eclipse.jgit.transport.BundleWriter(git.getRepository());
            writer.include("refs/heads/main", head);
            writer.writeBundle(org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Makes this repository's main branch and work tree the history in {@code bundle}, whose head is
     * {@code head}: versions published through another replica, under the same ids.
     */
    void resetTo(byte[] bundle, String head) {
        try {
            Path file = Files.createTempFile("ladder-policy-", ".bundle");
            try {
                Files.write(file, bundle);
                git.fetch().setRemote(file.toAbsolutePath().toString())
                        .setRefSpecs(new org.eclipse.jgit.transport.RefSpec("+refs/heads/main:refs/remotes/shared/main"))
                        .call();
                ObjectId id = git.getRepository().resolve(head + "^{commit}");
                if (id == null) {
                    throw new IllegalStateException("The shared policy history has no commit " + head);
                }
                org.eclipse.jgit.lib.RefUpdate main = git.getRepository().updateRef("refs/heads/main");
                main.setNewObjectId(id);
                main.setForceUpdate(true);
                main.forceUpdate();
                git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shared policy history into " + folder.toAbsolutePath(), e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot read the shared policy history into " + folder.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The full id of the head commit, if any. */
    Optional<String> headId() {
        return head().map(ObjectId::name);
    }

    @Override
    public void close() {
        git.close();
    }
}
