package org.echeance.mail.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per key, held only while someone uses it: two threads sending the same document take turns, two
 * documents never wait for each other, and no lock outlives its users.
 *
 * <p>Not API. This class is thread-safe.
 */
public final class KeyedLocks {
    private final Map<String, Entry> entries = new HashMap<>();

    /**
     * Runs an action while holding the lock of a key.
     *
     * @param key the key
     * @param action the action
     * @param <T> what the action returns
     * @return what the action returned
     */
    public <T> T withLock(String key, Supplier<T> action) {
        Objects.requireNonNull(key, "key");
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(key, k -> new Entry());
            entry.users++;
        }
        entry.lock.lock();
        try {
            return action.get();
        } finally {
            entry.lock.unlock();
            synchronized (entries) {
                entry.users--;
                if (entry.users == 0) {
                    entries.remove(key);
                }
            }
        }
    }

    /**
     * Returns how many keys are in use, for tests.
     *
     * @return the number of keys with a user
     */
    public int keysInUse() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }
}
