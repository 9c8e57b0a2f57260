package org.echeance.examples.story;

import java.util.Objects;

/**
 * Where the demo sends its mail: an SMTP server and the sender address, used by the {@link MailSink} (which picks
 * the connection's security from the port).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param host the SMTP host
 * @param port the SMTP port, from 1 to 65535
 * @param from the sender address
 */
public record SmtpSettings(String host, int port, String from) {
    /**
     * Creates settings.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the host is blank or the port out of range
     */
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host: the SMTP host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not from 1 to 65535");
        }
    }
}
