package vn.gov.moj.thads.reporting.service;

/** A rebuild (of this or another instance) holds the view: the writer's transaction rolls back and runs again later. */
public class ViewBusyException extends RuntimeException {

    public ViewBusyException() {
        super("A rebuild of the reporting view holds it", null, false, false);
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewBusyException) {
                return true;
            }
        }
        return false;
    }
}
