package dev.agentctl.lsp;

import java.util.function.BiConsumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * LSP4J reports what it cannot handle (a message that is not JSON, a response that cannot be sent) through
 * java.util.logging, which prints stack traces on standard error. This sends those reports to the client's log
 * like the server's own, the trace only when asked for.
 */
final class LibraryLog extends Handler {

    /** Held here: java.util.logging keeps its loggers only weakly, and would forget this configuration. */
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

    private final BiConsumer<String, Throwable> sink;
    /** Sending a report can fail and be reported in turn; that report is dropped instead of sent. */
    private final ThreadLocal<Boolean> sending = ThreadLocal.withInitial(() -> false);

    private LibraryLog(BiConsumer<String, Throwable> sink) {
        this.sink = sink;
    }

    static void sendTo(BiConsumer<String, Throwable> sink) {
        for (Handler h : LSP4J.getHandlers()) {
            LSP4J.removeHandler(h);
        }
        LSP4J.setUseParentHandlers(false);
        LSP4J.setLevel(Level.WARNING);
        LSP4J.addHandler(new LibraryLog(sink));
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || record.getLevel().intValue() < Level.WARNING.intValue() || sending.get()) {
            return;
        }
        String message = record.getMessage() == null && record.getThrown() != null ? String.valueOf(record.getThrown())
                : record.getMessage();
        sending.set(true);
        try {
            sink.accept("protocol: " + message, record.getThrown());
        } catch (RuntimeException e) {
            // the client is gone: nobody to tell
        } finally {
            sending.set(false);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
