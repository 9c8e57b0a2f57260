package org.echeance.pdf.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.echeance.core.invoice.DocumentType;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.PdfFixtures;
import org.junit.jupiter.api.Test;

class InMemoryDocumentArchiveTest {
    @Test
    void eightThreadsKeepingAtOnceAllGetTheOneDocumentStored() throws Exception {
        InMemoryDocumentArchive archive = InMemoryDocumentArchive.create();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<IssuedDocument>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                IssuedDocument mine = ArchiveSamples.document("seller-A", "FA-1", "thread-" + t);
                results.add(threads.submit(() -> {
                    go.await();
                    return archive.keep(mine);
                }));
            }
            go.countDown();
            List<IssuedDocument> kept = new ArrayList<>();
            for (Future<IssuedDocument> r : results) {
                kept.add(r.get(30, TimeUnit.SECONDS));
            }
            IssuedDocument stored = archive.find("seller-A", "FA-1").orElseThrow();
            assertThat(kept).containsOnly(stored);
            assertThat(archive.size()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesToKeepADocumentWhoseBytesDoNotMatchItsHashes() {
        InMemoryDocumentArchive archive = InMemoryDocumentArchive.create();
        IssuedDocument good = ArchiveSamples.document("seller-A", "FA-1", "x");
        IssuedDocument forged = IssuedDocument.restore(
                "seller-A",
                "FA-1",
                DocumentType.COMMERCIAL_INVOICE,
                PdfFixtures.ISSUED,
                Profile.EN_16931,
                good.pdf(),
                good.xml(),
                good.xmlSha256(),
                good.xmlSha256(),
                PdfFixtures.FIXED_TIME);

        assertThatThrownBy(() -> archive.keep(forged)).isInstanceOf(TamperedDocumentException.class);
        assertThat(archive.find("seller-A", "FA-1")).isEmpty();
    }
}
