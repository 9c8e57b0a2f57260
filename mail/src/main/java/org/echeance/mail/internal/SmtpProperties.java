package org.echeance.mail.internal;

import java.util.Properties;
import org.echeance.mail.SmtpSettings;

/**
 * Turns {@link SmtpSettings} into the Jakarta Mail session properties of the {@code smtp} transport.
 *
 * <p>STARTTLS is required, not merely attempted ({@code mail.smtp.starttls.required}): a server that does not offer
 * it is refused rather than sent credentials and invoices in clear. With STARTTLS and SSL the server's name is checked
 * against its certificate ({@code mail.smtp.ssl.checkserveridentity}) unless the host is a trusted host.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class SmtpProperties {
    private SmtpProperties() {}

    /**
     * Returns the session properties for settings.
     *
     * @param settings the settings
     * @return new properties, all values strings
     */
    public static Properties of(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty(
                "mail.smtp.connectiontimeout",
                Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty(
                "mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty(
                "mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty(
                "mail.smtp.auth", Boolean.toString(settings.credentials().isPresent()));
        properties.setProperty("mail.smtp.from", settings.from().toString());
        boolean checkIdentity = !settings.trustsServerCertificate();
        switch (settings.security()) {
            case STARTTLS:
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.enable", "false");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", Boolean.toString(checkIdentity));
                break;
            case SSL:
                properties.setProperty("mail.smtp.starttls.enable", "false");
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", Boolean.toString(checkIdentity));
                break;
            case NONE:
            default:
                properties.setProperty("mail.smtp.starttls.enable", "false");
                properties.setProperty("mail.smtp.ssl.enable", "false");
                break;
        }
        if (!settings.trustedHosts().isEmpty()) {
            properties.setProperty("mail.smtp.ssl.trust", String.join(" ", settings.trustedHosts()));
        }
        return properties;
    }
}
