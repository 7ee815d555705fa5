package org.helpline.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Notices editors' changes to the dialog files. It polls modification times rather than relying on file-system
 * events, which miss saves by rename and changes through bind mounts; two files make polling cheap.
 */
@Component
class DialogWatcher implements SmartLifecycle {

    private final Dialogs dialogs;
    private final DialogSettings settings;
    private final Map<String, FileTime> seen = new HashMap<>();
    private ScheduledExecutorService poller;

    DialogWatcher(Dialogs dialogs, DialogSettings settings) {
        this.dialogs = dialogs;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        settings.languages().forEach(language -> seen.put(language, modified(language)));
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dialog-watcher").daemon().factory());
        long millis = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        poller.shutdownNow();
        poller = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private void poll() {
        for (String language : settings.languages()) {
            FileTime now = modified(language);
            if (!Objects.equals(now, seen.get(language))) {
                seen.put(language, now);
                dialogs.reload(language);
            }
        }
    }

    private FileTime modified(String language) {
        try {
            return Files.getLastModifiedTime(dialogs.file(language));
        } catch (IOException missing) {
            return null;
        }
    }
}
