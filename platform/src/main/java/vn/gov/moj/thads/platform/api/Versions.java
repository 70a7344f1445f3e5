package vn.gov.moj.thads.platform.api;

import vn.gov.moj.thads.platform.problem.ProblemException;

/** ETag / If-Match: the version of a record as a quoted string, e.g. {@code "3"}. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send the " + what + "'s ETag in If-Match to change it");
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            // "any version" is no proof of having read the current one: a lost update waiting to happen
            throw ProblemException.preconditionRequired("If-Match: * does not say which version you read; send the "
                    + what + "'s ETag");
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals(etag(current))) {
            throw ProblemException.preconditionFailed("The " + what + " changed since you read it (now version "
                    + current + "); read it again").with("currentVersion", current);
        }
    }
}
