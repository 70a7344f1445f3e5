package vn.gov.moj.thads.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A client's request body on its way to a service, counted as it passes: each piece goes on as it
 * arrives (nothing is held), and the piece that takes the body past the limit is not passed on.
 * From then on nothing more is read, and the stream fails with {@link TooLarge}, so a pipe to the
 * service fails instead of ending the service's request. Needed for a body without a Content-Length
 * (HTTP/1.1 chunked, HTTP/2 without a length): no header says its size before it is read, and
 * Quarkus's own body limit applies only to bodies Quarkus reads itself, not to one piped on.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** The body passed the limit: the client's doing, not a fault of the gateway (no stack trace). */
    static final class TooLarge extends VertxException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("The body is larger than " + limit + " bytes", true);
        }
    }

    private final ReadStream<Buffer> body;
    private final long limit;
    private long received;
    private boolean cutOff;
    private boolean failedAtClient;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    /** Whether the body failed on the client's side: past the limit, cut short, or badly framed. */
    boolean failedAtClient() {
        return failedAtClient;
    }

    @Override
    public LimitedBody handler(Handler<Buffer> handler) {
        body.handler(handler == null ? null : piece -> pass(piece, handler));
        return this;
    }

    private void pass(Buffer piece, Handler<Buffer> handler) {
        if (cutOff) {
            return;
        }
        received += piece.length();
        if (received > limit) {
            cutOff = true;
            failedAtClient = true;
            body.pause();
            Handler<Throwable> failed = exceptionHandler;
            if (failed != null) {
                failed.handle(new TooLarge(limit));
            }
            return;
        }
        handler.handle(piece);
    }

    @Override
    public LimitedBody exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        body.exceptionHandler(handler == null ? null : failure -> {
            if (!cutOff) {
                failedAtClient = true;
                handler.handle(failure);
            }
        });
        return this;
    }

    @Override
    public LimitedBody endHandler(Handler<Void> handler) {
        body.endHandler(handler);
        return this;
    }

    @Override
    public LimitedBody pause() {
        body.pause();
        return this;
    }

    @Override
    public LimitedBody resume() {
        if (!cutOff) {
            body.resume();
        }
        return this;
    }

    @Override
    public LimitedBody fetch(long amount) {
        if (!cutOff) {
            body.fetch(amount);
        }
        return this;
    }
}
