package vn.hoinghi.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload that holds at most its limit in memory, whatever the browser claims: a request whose declared size is
 * over the limit is refused before a byte is read, and reading stops as soon as the limit is passed (a chunked
 * or lying request). Multipart requests are also checked by Vaadin against the same limits before the handler
 * runs. Both callbacks run in the upload's request under the session lock (UI.access), as Vaadin's in-memory handler
 * runs its callback.
 */
public final class LimitedUpload implements UploadHandler {

    /** Receives a file within the limit. */
    public interface Receiver {
        void receive(String fileName, byte[] bytes);
    }

    /** Told of a file over the limit; size is -1 when only reading found it out. */
    public interface Refusal {
        void refused(String fileName, long size);
    }

    /** Room for a multipart request's headers around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final Receiver receiver;
    private final Refusal tooLarge;

    public LimitedUpload(long maxBytes, Receiver receiver, Refusal tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("too large");
            long size = event.getFileSize();
            event.getUI().access(() -> tooLarge.refused(event.getFileName(), size));
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            event.reject("too large");
            event.getUI().access(() -> tooLarge.refused(event.getFileName(), -1));
            return;
        }
        byte[] file = bytes;
        event.getUI().access(() -> receiver.receive(event.getFileName(), file));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + REQUEST_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** The stream's bytes, or null as soon as there are more than max of them (the rest is never read). */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
