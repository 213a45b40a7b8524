package org.mtvkit.forms;

import java.net.IDN;
import java.util.regex.Pattern;

/** An email address, checked as Django's {@code EmailValidator} checks it (no lookup: only its shape). */
public class EmailField extends CharField {

    private static final Pattern USER = Pattern.compile(
            "[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*"
            + "|\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\\[([A-F0-9:.]+)\\]", Pattern.CASE_INSENSITIVE);

    public EmailField() {
        maxLength(320);                               // RFC 3696's longest address, as Django 3.2.x sets
        validator(EmailField::check);
    }

    @Override
    protected String inputType() {
        return "email";
    }

    // region: email
    private static void check(String value) {
        if (value.length() > 320) {
            return;      // already refused by the length limit; the patterns below recurse once per label
        }
        int at = value.lastIndexOf('@');
        if (at < 0 || !USER.matcher(value.substring(0, at)).matches() || !validDomain(value.substring(at + 1))) {
            throw new ValidationError("Enter a valid email address.");
        }
    }
    // endregion

    private static boolean validDomain(String domain) {
        if (domain.equals("localhost") || validDomainPart(domain)) {
            return true;
        }
        try {
            return validDomainPart(IDN.toASCII(domain));     // an internationalized domain, in its ASCII form
        } catch (IllegalArgumentException notIdn) {
            return false;
        }
    }

    private static boolean validDomainPart(String domain) {
        if (DOMAIN.matcher(domain).matches()) {
            return true;
        }
        var literal = LITERAL.matcher(domain);
        return literal.matches() && IpAddresses.valid(literal.group(1));
    }
}
