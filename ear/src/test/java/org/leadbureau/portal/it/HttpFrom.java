package org.leadbureau.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 to the portal under test from a chosen loopback address ({@code 127.0.0.2}, ...; any 127.x.y.z reaches
 * the loopback server on Linux), so that one test can be several clients: Java's HttpClient cannot bind a local
 * address. One request per connection; redirects are not followed.
 */
public final class HttpFrom {

    private final InetAddress local;
    private final URI base;

    private HttpFrom(InetAddress local, URI base) {
        this.local = local;
        this.base = base;
    }

    /** A client whose requests come from {@code address}, e.g. "127.0.0.2", to the portal under test. */
    public static HttpFrom address(String address) {
        try {
            return new HttpFrom(InetAddress.getByName(address), URI.create(Http.baseUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same client talking to another server, e.g. one node of a cluster. */
    public HttpFrom to(URI server) {
        return new HttpFrom(local, server);
    }

    /** @param headers name, value, name, value, ... */
    public Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** A POST with {@code body} as {@code contentType}, or an empty one when {@code body} is null. */
    public Response post(String path, String contentType, String body, String... headers) {
        return send("POST", path, contentType, body, headers);
    }

    public Response send(String method, String path, String contentType, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(ipv4(base.getHost()), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Response.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server listens on IPv4 loopback; "localhost" may resolve to ::1 first, which 127.0.0.2 cannot reach. */
    private static InetAddress ipv4(String host) throws IOException {
        return Arrays.stream(InetAddress.getAllByName(host)).filter(Inet4Address.class::isInstance).findFirst()
                .orElseThrow(() -> new IOException("No IPv4 address for " + host));
    }

    /** A response: header names in any case. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst();
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        static Response parse(byte[] raw) {
            String all = new String(raw, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            String[] lines = all.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
            boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).stream()
                    .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
            return new Response(status, headers, new String(chunked ? unchunked(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = new String(body, at, body.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n") + at;
                int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
                if (size == 0) {
                    return out.toByteArray();
                }
                out.write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
