package org.echeance.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A tiny SMTP server for the failures GreenMail does not produce: it answers each command with the reply a function
 * gives (or stays silent), on a free loopback port, and keeps the commands it received.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    private ScriptedSmtpServer(String greeting, Function<String, String> replies) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(greeting, replies), "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** A server that refuses every recipient with 550 and accepts everything else. */
    static ScriptedSmtpServer refusingRecipients() throws IOException {
        return new ScriptedSmtpServer("220 scripted ESMTP", command -> {
            String verb = command.toUpperCase(Locale.ROOT);
            if (verb.startsWith("EHLO")) {
                return "250 scripted";
            }
            if (verb.startsWith("RCPT")) {
                return "550 5.1.1 No such user here";
            }
            if (verb.startsWith("QUIT")) {
                return "221 bye";
            }
            return "250 OK";
        });
    }

    /** A server that accepts the connection and never says a word. */
    static ScriptedSmtpServer silent() throws IOException {
        return new ScriptedSmtpServer(null, command -> null);
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve(String greeting, Function<String, String> replies) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                if (greeting == null) {
                    while (in.readLine() != null) {
                        // say nothing until the client gives up
                    }
                    continue;
                }
                write(out, greeting);
                String line;
                while ((line = in.readLine()) != null) {
                    commands.add(line);
                    String reply = replies.apply(line);
                    if (reply != null) {
                        write(out, reply);
                    }
                    if (line.toUpperCase(Locale.ROOT).startsWith("QUIT")) {
                        break;
                    }
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
