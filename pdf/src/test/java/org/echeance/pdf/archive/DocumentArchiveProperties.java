package org.echeance.pdf.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentArchiveProperties {
    /** One keep: a seller, a number and the content of the document kept. */
    record Keep(String sellerId, String number, String content) {
        IssuedDocument document() {
            return ArchiveSamples.document(sellerId, number, content);
        }

        String key() {
            return sellerId + "|" + number;
        }
    }

    @Provide
    Arbitrary<List<Keep>> keeps() {
        Arbitrary<Keep> keep = Combinators.combine(
                        Arbitraries.of("seller-A", "seller-B"),
                        Arbitraries.of("FA-1", "FA-2", "FA-3"),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
                .as(Keep::new);
        return keep.list().ofMaxSize(20);
    }

    /** Whatever is kept later under a (seller, number), the first document kept there is the one returned. */
    @Property
    void theFirstDocumentKeptUnderAKeyWins(@ForAll("keeps") List<Keep> keeps) {
        InMemoryDocumentArchive archive = InMemoryDocumentArchive.create();
        Map<String, IssuedDocument> first = new LinkedHashMap<>();

        for (Keep k : keeps) {
            IssuedDocument expected = first.computeIfAbsent(k.key(), key -> k.document());
            assertThat(archive.keep(k.document())).isEqualTo(expected);
        }

        assertThat(archive.size()).isEqualTo(first.size());
        for (Keep k : keeps) {
            assertThat(archive.find(k.sellerId(), k.number())).contains(first.get(k.key()));
        }
        // a seller never sees another seller's documents
        for (Keep k : keeps) {
            String other = k.sellerId().equals("seller-A") ? "seller-B" : "seller-A";
            assertThat(archive.find(other, k.number()))
                    .isEqualTo(Optional.ofNullable(first.get(other + "|" + k.number())));
        }
    }
}
