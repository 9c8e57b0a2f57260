package org.echeance.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.echeance.mail.MailDeliveryException;
import org.echeance.mail.MailDeliveryException.Reason;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Turns what Jakarta Mail throws into a {@link MailDeliveryException} with a reason and, when the server answered,
 * its reply code.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class Failures {
    private Failures() {}

    /**
     * Classifies a failure of the transport.
     *
     * @param failure what Jakarta Mail threw
     * @param documentKey the document's key
     * @param server the server as {@code host:port}
     * @param lastReplyCode the transport's last SMTP reply code, or a value below 1 if it has none
     * @return the exception to throw
     */
    public static MailDeliveryException classify(
            MessagingException failure, String documentKey, String server, int lastReplyCode) {
        Reason reason;
        int code = lastReplyCode > 0 ? lastReplyCode : -1;
        SMTPAddressFailedException address = refusedAddress(failure);
        if (failure instanceof AuthenticationFailedException) {
            reason = Reason.AUTHENTICATION_FAILED;
        } else if (failure instanceof SMTPSenderFailedException sender) {
            reason = Reason.SENDER_REFUSED;
            code = sender.getReturnCode();
        } else if (address != null) {
            reason = Reason.RECIPIENT_REFUSED;
            code = address.getReturnCode();
        } else if (failure instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            reason = Reason.RECIPIENT_REFUSED;
        } else if (failure instanceof SMTPSendFailedException refused) {
            reason = Reason.MESSAGE_REFUSED;
            code = refused.getReturnCode();
        } else if (hasCause(failure, SocketTimeoutException.class)) {
            reason = Reason.TIMEOUT;
            code = -1;
        } else if (hasCause(failure, SSLException.class) || mentionsStartTls(failure)) {
            reason = Reason.TLS_FAILED;
        } else if (hasCause(failure, ConnectException.class)
                || hasCause(failure, UnknownHostException.class)
                || hasCause(failure, NoRouteToHostException.class)
                || failure instanceof MailConnectException) {
            reason = Reason.CONNECTION_FAILED;
            code = -1;
        } else {
            reason = Reason.OTHER;
        }
        return new MailDeliveryException(reason, documentKey, server, code, null, detail(failure, address), failure);
    }

    private static SMTPAddressFailedException refusedAddress(MessagingException failure) {
        Exception next = failure;
        while (next != null) {
            if (next instanceof SMTPAddressFailedException address) {
                return address;
            }
            next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean mentionsStartTls(MessagingException failure) {
        String message = failure.getMessage();
        return message != null && message.toUpperCase(Locale.ROOT).contains("STARTTLS");
    }

    private static String detail(MessagingException failure, SMTPAddressFailedException address) {
        String text;
        if (address != null) {
            text = address.getAddress() + ": " + address.getMessage();
        } else {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            text = failure.getMessage() == null ? "" : failure.getMessage();
            if (root != failure && root.getMessage() != null && !text.contains(root.getMessage())) {
                text = text + " (" + root.getMessage() + ")";
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
