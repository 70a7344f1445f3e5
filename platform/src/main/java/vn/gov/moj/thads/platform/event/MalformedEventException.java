package vn.gov.moj.thads.platform.event;

/** A message that can never be applied, however often it is retried: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
