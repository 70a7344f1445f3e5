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
            return;
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
