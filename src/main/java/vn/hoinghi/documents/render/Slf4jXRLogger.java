package vn.hoinghi.documents.render;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log to SLF4J, so it follows the app's logging set-up instead of printing to the
 * console; its chatty INFO lines ("Loading font…") become DEBUG.
 */
final class Slf4jXRLogger implements XRLogger {

    private static final String PREFIX = "com.openhtmltopdf.";

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = LoggerFactory.getLogger(PREFIX + where);
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (v >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (v >= Level.INFO.intValue()) {
            log.debug(msg, th);
        } else {
            log.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the app's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(PREFIX + "general");
        int v = diagnostic.getLevel().intValue();
        return v >= Level.WARNING.intValue() || (v >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled());
    }
}
