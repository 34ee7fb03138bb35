package org.leadbureau.portal.platform.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies allowed to say who the client is ({@code X-Forwarded-For}) and which scheme it used
 * ({@code X-Forwarded-Proto}), from {@code PORTAL_TRUSTED_PROXIES}. From any other address those headers are
 * ignored: anyone can send them, and believing them would let a client choose its own address for rate limits
 * and the audit log.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * @param spec comma-separated addresses and CIDR ranges ({@code 10.0.0.0/8, 192.0.2.7, fd00::/8}); blank
     *             trusts nobody
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static TrustedProxies parse(String spec) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : spec == null ? new String[0] : spec.split(",")) {
            String text = entry.strip();
            if (!text.isEmpty()) {
                ranges.add(Range.parse(text));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean trusts(String address) {
        return literal(address).map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes))).orElse(false);
    }

    /**
     * The client's address: the connection's, unless it comes from a trusted proxy; then the nearest address in
     * {@code X-Forwarded-For} that is not itself a trusted proxy (entries further left are the client's to invent).
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        String client = remoteAddress;
        List<String> hops = Arrays.asList(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
            String hop = unbracketed(hops.get(i).strip());
            if (literal(hop).isEmpty()) {
                break;
            }
            client = hop;
        }
        return client;
    }

    /** The scheme the client used: a trusted proxy's {@code X-Forwarded-Proto} (http or https), else the request's. */
    public String scheme(String remoteAddress, String requestScheme, String forwardedProto) {
        if (forwardedProto == null || !trusts(remoteAddress)) {
            return requestScheme;
        }
        String first = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") || first.equals("http") ? first : requestScheme;
    }

    /** The bytes of an IP address literal; never a name lookup, whatever the text. */
    private static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        boolean ipv4 = IPV4.matcher(text).matches()
                && Arrays.stream(text.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!ipv4 && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // A literal with a colon is parsed as IPv6 and never looked up; a checked dotted quad likewise.
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static String unbracketed(String hop) {
        return hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop;
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] network = literal(address).orElseThrow(() -> invalid(text));
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw invalid(text);
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw invalid(text);
                }
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String text) {
            return new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: \"" + text
                    + "\" is not an IP address or a CIDR range such as 10.0.0.0/8.");
        }
    }
}
