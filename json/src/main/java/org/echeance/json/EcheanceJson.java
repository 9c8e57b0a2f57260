package org.echeance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Creates a Jackson mapper ready for Echeance documents from untrusted sources: the {@link EcheanceModule}, and
 * parser limits that refuse an oversized document before it is buffered (strings of at most 1,000,000
 * characters, numbers of at most 100 digits, nesting of at most 64 levels, duplicate keys).
 *
 * <p>The module applies its own limits to its documents with any mapper; these parser limits also protect the
 * rest of a document and stop a 10 MB string while it is read rather than after.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EcheanceJson {
    /** The parser limits {@link #mapper()} uses. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(1_000_000)
            .maxNumberLength(100)
            .maxNestingDepth(64)
            .build();

    private EcheanceJson() {}

    /**
     * Returns a new mapper with the {@link EcheanceModule} and safe parser limits.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(READ_CONSTRAINTS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory).addModule(new EcheanceModule()).build();
    }
}
