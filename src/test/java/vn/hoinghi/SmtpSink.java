package vn.hoinghi;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail server on loopback for tests that run the app as a separate process: it speaks just enough SMTP for
 * JavaMail, keeps every message it is handed (recipient, decoded subject, body) and can take its time before it
 * answers each one, like a slow real server. It lives in the test's JVM, so what it received survives the app.
 */
public final class SmtpSink implements AutoCloseable {

    /** One message as the server received it, in the order of arrival. */
    public record Received(String recipient, String subject, String body, long atNanos) {
        public String key() {
            return recipient + "|" + subject + "|" + body;
        }
    }

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final long answerDelayMillis;
    private volatile Consumer<Received> onReceived = r -> { };
    private volatile boolean closed;

    public SmtpSink(long answerDelayMillis) {
        this.answerDelayMillis = answerDelayMillis;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "smtp-sink");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Called on the connection's thread once a message is kept and before the server answers it. */
    public void onReceived(Consumer<Received> action) {
        this.onReceived = action;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> converse(socket), "smtp-sink-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("SMTP sink: " + e);
                }
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i).*TO:\\s*<?([^>\\s]*)>?.*", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder data = new StringBuilder();
                        String d;
                        while ((d = in.readLine()) != null && !d.equals(".")) {
                            data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                        }
                        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                                new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
                        String body = String.valueOf(mime.getContent()).replace("\r\n", "\n").strip();
                        for (String r : recipients) {
                            Received got = new Received(r, mime.getSubject(), body, System.nanoTime());
                            received.add(got);
                            onReceived.accept(got);
                        }
                        Thread.sleep(answerDelayMillis);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the app went away mid-conversation (killed): what was kept stays kept
        } catch (Exception e) {
            System.err.println("SMTP sink: " + e);
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
    }
}
