package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.echeance.examples.story.StoryConfig;
import org.junit.jupiter.api.Test;

class DemoArgumentsTest {
    @Test
    void noArgumentGivesTheDefaultStoryInDemoOutput() {
        DemoArguments arguments = DemoArguments.parse();

        assertThat(arguments.output()).isEqualTo(Path.of("demo-output"));
        assertThat(arguments.storyConfig()).isEqualTo(StoryConfig.defaults(Path.of("demo-output")));
        assertThat(arguments.smtp()).isEmpty();
        assertThat(arguments.storyConfig().pdf()).isTrue();
    }

    @Test
    void noPdfKeepsEveryOtherSetting() {
        StoryConfig config =
                DemoArguments.parse("--no-pdf", "--customers", "128000").storyConfig();

        assertThat(config.pdf()).isFalse();
        assertThat(config)
                .isEqualTo(StoryConfig.defaults(Path.of("demo-output"))
                        .withCustomers(128000)
                        .withoutPdf());
        assertThat(config.withSeed(3).pdf()).as("copies keep the choice").isFalse();
    }

    @Test
    void aFolderAndOptionsInAnyOrder() {
        DemoArguments arguments =
                DemoArguments.parse("--customers", "10000", "target/out", "--seed", "7", "--smtp-host", "localhost");

        assertThat(arguments.output()).isEqualTo(Path.of("target/out"));
        StoryConfig config = arguments.storyConfig();
        assertThat(config.customers()).isEqualTo(10000);
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.keepInvoices()).as("large runs write and drop").isFalse();
        assertThat(config.smtp())
                .hasValueSatisfying(s -> assertThat(s.host() + ":" + s.port()).isEqualTo("localhost:25"));
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> DemoArguments.parse("--customer", "3")).hasMessage("unknown option --customer");
        assertThatThrownBy(() -> DemoArguments.parse("--customers")).hasMessage("--customers needs a value");
        assertThatThrownBy(() -> DemoArguments.parse("--customers", "many"))
                .hasMessage("--customers: \"many\" is not a whole number");
        assertThatThrownBy(() -> DemoArguments.parse("a", "b")).hasMessage("one output folder only, got a and b");
        assertThatThrownBy(() -> DemoArguments.parse("--customers", "5").storyConfig())
                .hasMessageStartingWith("customers: 5 is not from 6 to 1000000");
        assertThatThrownBy(() -> DemoArguments.parse("--no-pdf", "--smtp-host", "localhost"))
                .hasMessage("--no-pdf and --smtp-host do not go together: mails attach the PDFs");
        StoryConfig withMail = StoryConfig.defaults(Path.of("out"))
                .withSmtp(new org.echeance.examples.story.SmtpSettings("localhost", 25, "a@b.example"));
        assertThatThrownBy(withMail::withoutPdf).hasMessageStartingWith("smtp: mail attaches the PDFs");
    }
}
