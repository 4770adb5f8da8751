package dev.ladder.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import dev.ladder.StartUpTask;
import dev.ladder.framework.Frameworks;
import dev.ladder.organisation.store.RegisterRepository;
import dev.ladder.store.ChangeListener;
import dev.ladder.store.ChangeLog;
import dev.ladder.store.RdfStore;
import dev.ladder.store.ReplicaPoller;

/**
 * The organisation register: who works where, for whom, under which framework and at which level.
 * Kept in the store's graph {@value #GRAPH}; read once at start-up (in the background: whoever asks
 * meanwhile waits) into an immutable snapshot that is swapped whole after every change. With a shared
 * (remote) store, an import or erasure through another replica is seen in the store's change log and
 * the register read again (docs/scaling.md).
 */
@Component
public class Organisation implements ChangeListener {

    static final String GRAPH = RegisterRepository.GRAPH;

    private final RegisterRepository repository;
    private final Frameworks frameworks;
    private final AtomicReference<Map<String, Employee>> register = new AtomicReference<>();
    /** The first read of the register, in the background: a second or so at 10,000 people. */
    private final StartUpTask firstRead;

    /**
     * @param poller injected so that it is made first and notes the change log's position before the
     *               register is read
     */
    public Organisation(RdfStore store, Frameworks frameworks, ReplicaPoller poller) {
        this.repository = new RegisterRepository(store);
        this.frameworks = frameworks;
        // Not reload(): that holds this object's lock, which importCsv and erase hold while they wait
        // for this read. A register read again meanwhile (another replica's change) is newer: kept.
        this.firstRead = StartUpTask.start("ladder-register-read", () -> register.compareAndSet(null, load()));
    }

    public Optional<Employee> find(String id) {
        return Optional.ofNullable(register().get(id));
    }

    /** Everyone, ordered by id. */
    public Collection<Employee> all() {
        return register().values();
    }

    /** The register, once it has been read; read now if the start-up read failed (which was logged). */
    private Map<String, Employee> register() {
        firstRead.await();
        Map<String, Employee> employees = register.get();
        if (employees == null) {
            reload();
            employees = register.get();
        }
        return employees;
    }

    /** The people whose line manager is {@code managerId}. */
    public List<Employee> directReports(String managerId) {
        return all().stream().filter(e -> managerId.equals(e.managerId())).toList();
    }

    /**
     * Adds or updates everyone in the HR export; people not in it are kept. The file is checked whole
     * first and stored in one transaction, or not at all.
     *
     * @return how many people the file held
     */
    public synchronized int importCsv(String csv) {
        List<Employee> imported = EmployeeCsv.read(csv, frameworks, register());
        Map<String, Employee> merged = new TreeMap<>(register());
        imported.forEach(e -> merged.put(e.id(), e));
        save(merged);
        return imported.size();
    }

    /** Removes a person from the register (erasure); true when they were there. */
    public synchronized boolean erase(String id) {
        if (!register().containsKey(id)) {
            return false;
        }
        Map<String, Employee> remaining = new TreeMap<>(register());
        remaining.remove(id);
        save(remaining);
        return true;
    }

    /** Another replica (or this one) changed the register: read it again. */
    @Override
    public void changed(List<ChangeLog.Change> changes) {
        if (changes.stream().anyMatch(c -> ChangeLog.REGISTER.equals(c.kind()))) {
            reload();
        }
    }

    @Override
    public void missed() {
        reload();
    }

    private synchronized void reload() {
        register.set(load());
    }

    private void save(Map<String, Employee> employees) {
        repository.save(employees.values());
        register.set(java.util.Collections.unmodifiableMap(new TreeMap<>(employees)));
    }

    private Map<String, Employee> load() {
        return java.util.Collections.unmodifiableMap(repository.load());
    }
}
