package org.echeance.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.mail.internal.MailChecks;

/**
 * How to reach the SMTP server that sends the mails, and who they come from: host, port, security, optional
 * credentials, the sender's address and name, and the timeouts.
 *
 * <p>For example {@code SmtpSettings.of("smtp.example.com", 587, SmtpSecurity.STARTTLS, "billing@example.com")
 * .withCredentials("billing@example.com", secret).withFromName("ACME Billing")}.
 *
 * <p>The rules, all checked at once by the constructor ({@link ValidationException} with every violation):
 *
 * <ul>
 *   <li>{@code ECH-MAIL-01}: the host is a host name or an IP address (letters, digits, {@code . - :} and IPv6
 *       brackets, at most 253 characters); so is every trusted host;
 *   <li>{@code ECH-MAIL-02}: the port is between 1 and 65535;
 *   <li>{@code ECH-MAIL-03}: the timeouts are between 1 and {@link Integer#MAX_VALUE} milliseconds (Jakarta Mail
 *       reads 0 as "wait forever");
 *   <li>{@code ECH-MAIL-04}: the sender's name has 1 to 100 characters and no control character;
 *   <li>{@code ECH-MAIL-05}: credentials are never sent in clear to another machine: with {@link SmtpSecurity#NONE}
 *       they are accepted only for a loopback host ({@code localhost}, {@code 127.x.x.x}, {@code ::1});
 *   <li>{@code ECH-MAIL-07}: the sender's address is a valid email address ({@link EmailAddress}).
 * </ul>
 *
 * <p>{@code toString()} hides the password. This class is immutable and thread-safe.
 *
 * @param host the server's host name or IP address
 * @param port the server's port
 * @param security how the connection is protected
 * @param credentials the user name and password, if the server asks for them
 * @param from the sender's address, in the {@code From} header and the SMTP envelope ({@code MAIL FROM}); its domain
 *     also ends the message ids
 * @param fromName the sender's display name, such as {@code "ACME Billing"}, if any
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for each answer of the server, and for each write
 * @param trustedHosts hosts whose certificate is trusted without checking its chain or its name, for a test server
 *     with a self-signed certificate; empty in production
 */
public record SmtpSettings(
        String host,
        int port,
        SmtpSecurity security,
        Optional<SmtpCredentials> credentials,
        EmailAddress from,
        Optional<String> fromName,
        Duration connectTimeout,
        Duration readTimeout,
        Set<String> trustedHosts) {

    /** The connect timeout of {@link #of(String, int, SmtpSecurity, String)}. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The read timeout of {@link #of(String, int, SmtpSecurity, String)}. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_NAME_LENGTH = 100;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[?[0-9A-Fa-f:.]+]?");

    /**
     * Creates settings.
     *
     * @throws NullPointerException if a part is null; absent credentials or name are an empty {@code Optional}
     * @throws ValidationException with every rule broken ({@code ECH-MAIL-01} to {@code ECH-MAIL-05})
     */
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        trustedHosts = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(trustedHosts, "trustedHosts")));
        MailChecks.throwIfAny(
                check(host, port, security, credentials, fromName, connectTimeout, readTimeout, trustedHosts));
    }

    /**
     * Returns settings without credentials, without a sender name and with the default timeouts (10 s to connect,
     * 60 s to read).
     *
     * @param host the server's host name or IP address
     * @param port the server's port, such as {@link SmtpSecurity#defaultPort()}
     * @param security how the connection is protected
     * @param from the sender's address
     * @return the settings
     * @throws NullPointerException if an argument is null
     * @throws ValidationException with every rule broken, including an invalid sender address ({@code ECH-MAIL-07})
     */
    public static SmtpSettings of(String host, int port, SmtpSecurity security, String from) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        List<Violation> violations = new ArrayList<>();
        Optional<EmailAddress> address = MailChecks.address("from", from, violations);
        if (address.isEmpty()) {
            violations.addAll(check(
                    host,
                    port,
                    security,
                    Optional.empty(),
                    Optional.empty(),
                    DEFAULT_CONNECT_TIMEOUT,
                    DEFAULT_READ_TIMEOUT,
                    Set.of()));
            MailChecks.throwIfAny(violations);
        }
        return new SmtpSettings(
                host,
                port,
                security,
                Optional.empty(),
                address.orElseThrow(),
                Optional.empty(),
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT,
                Set.of());
    }

    /**
     * Returns a copy with credentials.
     *
     * @param username the user name
     * @param password the password
     * @return the copy
     * @throws ValidationException if the credentials are not valid ({@code ECH-MAIL-06}) or would travel in clear
     *     ({@code ECH-MAIL-05})
     */
    public SmtpSettings withCredentials(String username, String password) {
        return new SmtpSettings(
                host,
                port,
                security,
                Optional.of(new SmtpCredentials(username, password)),
                from,
                fromName,
                connectTimeout,
                readTimeout,
                trustedHosts);
    }

    /**
     * Returns a copy with a sender's display name.
     *
     * @param name the name, such as {@code "ACME Billing"}
     * @return the copy
     * @throws ValidationException if the name is blank, too long or has a control character ({@code ECH-MAIL-04})
     */
    public SmtpSettings withFromName(String name) {
        return new SmtpSettings(
                host,
                port,
                security,
                credentials,
                from,
                Optional.of(Objects.requireNonNull(name, "name")),
                connectTimeout,
                readTimeout,
                trustedHosts);
    }

    /**
     * Returns a copy with other timeouts.
     *
     * @param connect how long to wait for the connection
     * @param read how long to wait for each answer or write
     * @return the copy
     * @throws ValidationException if a timeout is not positive or too long ({@code ECH-MAIL-03})
     */
    public SmtpSettings withTimeouts(Duration connect, Duration read) {
        return new SmtpSettings(host, port, security, credentials, from, fromName, connect, read, trustedHosts);
    }

    /**
     * Returns a copy that trusts a host's certificate without checking it: for a test server with a self-signed
     * certificate, never in production.
     *
     * @param trustedHost the host name or address, as in {@link #host()}
     * @return the copy
     * @throws ValidationException if the host is not a host name or address ({@code ECH-MAIL-01})
     */
    public SmtpSettings withTrustedHost(String trustedHost) {
        Set<String> hosts = new TreeSet<>(trustedHosts);
        hosts.add(Objects.requireNonNull(trustedHost, "trustedHost"));
        return new SmtpSettings(host, port, security, credentials, from, fromName, connectTimeout, readTimeout, hosts);
    }

    /**
     * Returns the server as {@code host:port}, as failures name it.
     *
     * @return for example {@code smtp.example.com:587}
     */
    public String server() {
        return host + ":" + port;
    }

    /**
     * Checks if the certificate of {@link #host()} is trusted without being checked.
     *
     * @return true if the host is among the trusted hosts
     */
    public boolean trustsServerCertificate() {
        return trustedHosts.contains(host);
    }

    private static List<Violation> check(
            String host,
            int port,
            SmtpSecurity security,
            Optional<SmtpCredentials> credentials,
            Optional<String> fromName,
            Duration connectTimeout,
            Duration readTimeout,
            Set<String> trustedHosts) {
        List<Violation> violations = new ArrayList<>();
        hostViolation("host", host).ifPresent(violations::add);
        int index = 0;
        for (String trusted : trustedHosts) {
            hostViolation("trustedHosts[" + index++ + "]", Objects.requireNonNull(trusted, "trustedHosts"))
                    .ifPresent(violations::add);
        }
        if (port < 1 || port > 65_535) {
            violations.add(new Violation("ECH-MAIL-02", "port", port + " is not between 1 and 65535"));
        }
        timeoutViolation("connectTimeout", connectTimeout).ifPresent(violations::add);
        timeoutViolation("readTimeout", readTimeout).ifPresent(violations::add);
        fromName.flatMap(name -> MailChecks.text("ECH-MAIL-04", "fromName", name, MAX_NAME_LENGTH))
                .ifPresent(violations::add);
        if (credentials.isPresent() && security == SmtpSecurity.NONE && !isLoopback(host)) {
            violations.add(new Violation(
                    "ECH-MAIL-05",
                    "security",
                    "NONE would send the password in clear to " + host
                            + "; use STARTTLS or SSL, or a relay on localhost"));
        }
        return violations;
    }

    private static Optional<Violation> hostViolation(String path, String host) {
        if (host.isEmpty()
                || host.length() > MAX_HOST_LENGTH
                || !HOST.matcher(host).matches()) {
            return Optional.of(new Violation(
                    "ECH-MAIL-01",
                    path,
                    MailChecks.quote(host) + " is not a host name or an IP address of at most " + MAX_HOST_LENGTH
                            + " characters"));
        }
        return Optional.empty();
    }

    private static Optional<Violation> timeoutViolation(String path, Duration timeout) {
        // Jakarta Mail takes whole milliseconds and reads 0 as "wait forever"
        if (timeout.compareTo(Duration.ofMillis(1)) < 0
                || timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            return Optional.of(new Violation(
                    "ECH-MAIL-03", path, timeout + " is not between 1 ms and " + Integer.MAX_VALUE + " ms"));
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1") || lower.equals("[::1]");
    }
}
