package org.echeance.mail;

/**
 * How the connection to the SMTP server is protected.
 *
 * <p>{@link #STARTTLS} and {@link #SSL} check the server's certificate and its name, unless the host is listed
 * in {@link SmtpSettings#trustedHosts()}.
 */
public enum SmtpSecurity {
    /** No encryption: only for a relay on the same machine ({@code localhost}); port 25 by convention. */
    NONE(25),
    /**
     * A plain connection upgraded to TLS by the STARTTLS command before anything else is sent (RFC 3207); the
     * sender refuses a server that does not offer it. The submission port 587 by convention.
     */
    STARTTLS(587),
    /** TLS from the first byte, "implicit TLS" or SMTPS (RFC 8314); port 465 by convention. */
    SSL(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /**
     * Returns the port servers usually listen on with this security: 25, 587 or 465.
     *
     * @return the port
     */
    public int defaultPort() {
        return defaultPort;
    }
}
