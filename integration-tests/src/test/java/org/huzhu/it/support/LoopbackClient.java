package org.huzhu.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 requests from an address of the test's own on the loopback network (127.x.y.z), so that the server's
 * per-address sign-in limits count them apart from every other test's, which come from 127.0.0.1.
 * java.net.http cannot choose its local address, hence a socket.
 */
public record LoopbackClient(URL base, InetAddress from) {

    /** The status, the head (status line and headers) and the body as text. */
    public record Answer(int status, String head, String body) {

        /** The first value of a header, by its name in any case. */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst();
        }
    }

    /** A client on a loopback address picked at random for it. */
    public static LoopbackClient onAnAddressOfItsOwn(URL base) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return new LoopbackClient(base, InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 250),
                    (byte) random.nextInt(1, 250), (byte) random.nextInt(2, 250)}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One request: {@code requestHead} is its request line and headers, each line ending with CRLF, without Host
     * and Content-Length, which are added.
     */
    public Answer exchange(String requestHead, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try {
            InetAddress resolved = InetAddress.getByName(base.getHost());
            InetAddress server = resolved instanceof Inet4Address ? resolved : InetAddress.getByName("127.0.0.1");
            try (Socket socket = new Socket(server, base.getPort(), from, 0)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write((requestHead + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                        + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "")
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int headEnd = answer.indexOf("\r\n\r\n");
                String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
                String rest = headEnd < 0 ? "" : answer.substring(headEnd + 4);
                return new Answer(Integer.parseInt(head.substring(9, 12)), head, rest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON post to {@code path} under the API ({@code sign-in/code}), with extra header lines if any. */
    public Answer postJson(String path, String json, String... headerLines) {
        StringBuilder head = new StringBuilder("POST " + base.getPath() + "api/v1/" + path + " HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nAccept: application/json\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return exchange(head.toString(), json);
    }
}
