package org.echeance.pdf.archive;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link DocumentArchive} in memory, for tests, demos and applications that keep the documents elsewhere
 * themselves. Its documents are lost when the JVM stops.
 *
 * <p>This class is thread-safe: concurrent {@link #keep(IssuedDocument)} calls with the same seller and number
 * store one document, and every call returns it.
 */
public final class InMemoryDocumentArchive implements DocumentArchive {
    private final ConcurrentMap<Key, IssuedDocument> documents = new ConcurrentHashMap<>();

    private InMemoryDocumentArchive() {}

    /**
     * Returns an empty archive.
     *
     * @return the archive
     */
    public static InMemoryDocumentArchive create() {
        return new InMemoryDocumentArchive();
    }

    @Override
    public Optional<IssuedDocument> find(String sellerId, String documentNumber) {
        return Optional.ofNullable(documents.get(new Key(sellerId, documentNumber)));
    }

    @Override
    public IssuedDocument keep(IssuedDocument document) {
        Objects.requireNonNull(document, "document");
        IssuedDocument before =
                documents.putIfAbsent(new Key(document.sellerId(), document.documentNumber()), document.verify());
        return before == null ? document : before;
    }

    /**
     * Returns the number of documents kept.
     *
     * @return the count, over all sellers
     */
    public int size() {
        return documents.size();
    }

    private record Key(String sellerId, String documentNumber) {
        Key {
            Objects.requireNonNull(sellerId, "sellerId");
            Objects.requireNonNull(documentNumber, "documentNumber");
        }
    }
}
