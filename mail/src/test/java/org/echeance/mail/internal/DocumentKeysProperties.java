package org.echeance.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DocumentKeysProperties {
    @Property
    void differentPartsNeverGiveTheSameKey(
            @ForAll @Size(3) List<@StringLength(max = 4) @CharRange(from = '%', to = '2') String> first,
            @ForAll @Size(3) List<@StringLength(max = 4) @CharRange(from = '%', to = '2') String> second) {
        Assume.that(!first.equals(second));

        assertThat(DocumentKeys.of("invoice", first.toArray(String[]::new)))
                .isNotEqualTo(DocumentKeys.of("invoice", second.toArray(String[]::new)));
    }
}
