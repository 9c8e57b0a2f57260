package org.echeance.examples;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.echeance.examples.story.SmtpSettings;
import org.echeance.examples.story.StoryConfig;

/**
 * The demo's command line: {@code [folder] [--customers N] [--seed S] [--no-pdf] [--smtp-host H [--smtp-port P]
 * [--smtp-from F]]}.
 *
 * <p>The folder defaults to {@code demo-output}, the customers to {@value StoryConfig#DEFAULT_CUSTOMERS}, the seed to
 * {@value StoryConfig#DEFAULT_SEED}; mail is sent only when an SMTP host is given. {@code --no-pdf} writes every
 * output but the PDFs, for runs too large for their PDFs to fit on the disk.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param output the output folder
 * @param customers the number of customers of the story
 * @param seed the story's seed
 * @param smtp the mail settings, if any
 * @param pdf whether PDFs are written
 */
public record DemoArguments(Path output, int customers, long seed, Optional<SmtpSettings> smtp, boolean pdf) {
    /** How to call the demo. */
    public static final String USAGE =
            "usage: java -jar echeance-demo.jar [folder] [--customers N] [--seed S] [--no-pdf]"
                    + " [--smtp-host HOST [--smtp-port PORT] [--smtp-from ADDRESS]]";

    /** Creates arguments, rejecting null parts. */
    public DemoArguments {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(smtp, "smtp");
    }

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the arguments
     * @throws IllegalArgumentException with a message saying what is wrong, for an unknown option, a missing or
     *     malformed value, a second folder, or mail asked for without PDFs
     */
    public static DemoArguments parse(String... args) {
        Objects.requireNonNull(args, "args");
        Path output = null;
        int customers = StoryConfig.DEFAULT_CUSTOMERS;
        long seed = StoryConfig.DEFAULT_SEED;
        String smtpHost = null;
        int smtpPort = 25;
        String smtpFrom = "facturation@atelier-durand.example";
        boolean pdf = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--customers":
                    customers = whole(arg, value(args, ++i, arg));
                    break;
                case "--seed":
                    seed = number(arg, value(args, ++i, arg));
                    break;
                case "--no-pdf":
                    pdf = false;
                    break;
                case "--smtp-host":
                    smtpHost = value(args, ++i, arg);
                    break;
                case "--smtp-port":
                    smtpPort = whole(arg, value(args, ++i, arg));
                    break;
                case "--smtp-from":
                    smtpFrom = value(args, ++i, arg);
                    break;
                default:
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (output != null) {
                        throw new IllegalArgumentException("one output folder only, got " + output + " and " + arg);
                    }
                    output = Path.of(arg);
            }
        }
        Optional<SmtpSettings> smtp =
                smtpHost == null ? Optional.empty() : Optional.of(new SmtpSettings(smtpHost, smtpPort, smtpFrom));
        if (smtp.isPresent() && !pdf) {
            throw new IllegalArgumentException("--no-pdf and --smtp-host do not go together: mails attach the PDFs");
        }
        return new DemoArguments(output == null ? Path.of("demo-output") : output, customers, seed, smtp, pdf);
    }

    /**
     * Returns the settings of the story these arguments ask for.
     *
     * @return the settings
     * @throws IllegalArgumentException if the number of customers is out of range
     */
    public StoryConfig storyConfig() {
        StoryConfig config =
                StoryConfig.defaults(output).withCustomers(customers).withSeed(seed);
        config = pdf ? config : config.withoutPdf();
        return smtp.map(config::withSmtp).orElse(config);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int whole(String option, String value) {
        long number = number(option, value);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + ": " + value + " is too large");
        }
        return (int) number;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": \"" + value + "\" is not a whole number", e);
        }
    }
}
