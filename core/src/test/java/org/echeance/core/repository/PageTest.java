package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<String> SEVEN = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void pagesSliceTheWholeResult() {
        Page<String> first = Page.from(SEVEN, 0, 3);
        Page<String> last = Page.from(SEVEN, 2, 3);

        assertThat(first.items()).containsExactly("a", "b", "c");
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(Page.from(SEVEN, 1, 3).items()).containsExactly("d", "e", "f");
        assertThat(last.items()).containsExactly("g");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void aPagePastTheEndIsEmptyButTellsTheTotal() {
        Page<String> past = Page.from(SEVEN, 5, 3);

        assertThat(past.items()).isEmpty();
        assertThat(past.totalItems()).isEqualTo(7);
        assertThat(past.hasNext()).isFalse();
        assertThat(Page.from(SEVEN, Integer.MAX_VALUE, 1000).items()).isEmpty();
    }

    @Test
    void anEmptyResultHasNoPages() {
        Page<String> empty = Page.from(List.of(), 0, 10);

        assertThat(empty.totalPages()).isZero();
        assertThat(empty.hasNext()).isFalse();
    }

    @Test
    void aFullLastPageHasNoNext() {
        Page<String> page = Page.from(SEVEN.subList(0, 6), 1, 3);

        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void itemsAreCopied() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 0, 10, 1);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapKeepsThePlace() {
        Page<Integer> lengths = Page.from(List.of("a", "bb", "ccc"), 1, 2).map(String::length);

        assertThat(lengths).isEqualTo(new Page<>(List.of(3), 1, 2, 3));
    }

    @Test
    void badPagesAreRefused() {
        assertThatThrownBy(() -> Page.from(SEVEN, -1, 3))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-QUERY-01")).isTrue());
        assertThatThrownBy(() -> new Page<>(List.of(), 0, 0, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-QUERY-02")).isTrue());
        assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 0, 1, 2))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-QUERY-09")).isTrue());
        assertThatThrownBy(() -> new Page<>(List.of("a"), 0, 1, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-QUERY-09")).isTrue());
    }
}
