package org.ancrage.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server for tests, in the server's own JVM: speaks just enough SMTP to accept messages and
 * keeps them (recipient and raw text). Listens on the port the domain's mail session uses.
 */
public final class SmtpSink implements AutoCloseable {

    /** A message as received. */
    public record Received(String to, String data) {
    }

    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "smtp-sink");
        accepting.setDaemon(true);
        accepting.start();
    }

    public List<Received> received() {
        return received;
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a broken conversation: the next one starts afresh
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print("220 sink\r\n");
        out.flush();
        String to = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("RCPT TO:")) {
                to = line.substring(8).trim().replaceAll("[<>]", "");
                out.print("250 OK\r\n");
            } else if (command.startsWith("DATA")) {
                out.print("354 go on\r\n");
                out.flush();
                StringBuilder data = new StringBuilder();
                for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                    data.append(body).append('\n');
                }
                received.add(new Received(to, data.toString()));
                out.print("250 kept\r\n");
            } else if (command.startsWith("QUIT")) {
                out.print("221 bye\r\n");
                out.flush();
                return;
            } else {
                out.print("250 OK\r\n");
            }
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
