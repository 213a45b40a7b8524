package org.mtvkit.forms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv4 and IPv6 literals, checked without any network lookup. */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddresses() {
    }

    static boolean valid(String address) {
        if (IPV4.matcher(address).matches()) {
            return true;
        }
        if (!address.contains(":") || !IPV6_CHARS.matcher(address).matches()) {
            return false;
        }
        try {
            // In brackets, Java parses the text as an IPv6 literal and never asks DNS.
            return InetAddress.getByName("[" + address + "]") != null;
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
