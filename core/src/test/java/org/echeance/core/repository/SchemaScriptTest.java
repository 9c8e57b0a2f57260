package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaScriptTest {
    @Test
    void statementsDropCommentsAndBlankParts() {
        SchemaScript script = SchemaScript.of(
                "test",
                "-- the counters\nCREATE TABLE IF NOT EXISTS a (id INT); -- trailing\n\n;\n"
                        + "CREATE INDEX IF NOT EXISTS a_id\n  ON a (id);\n-- end\n");

        assertThat(script.statements())
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS a (id INT)", "CREATE INDEX IF NOT EXISTS a_id\n  ON a (id)");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> SchemaScript.load(getClass().getClassLoader(), "org/echeance/nowhere.sql"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("resource org/echeance/nowhere.sql is missing from the jar");
    }
}
