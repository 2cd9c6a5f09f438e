package nl.ikcatlas.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the source folders of an atlas, with every folder inside them, and hands each burst of changes
 * (an editor saving through a temporary file, a checkout touching many files) to one call of the listener,
 * on the watcher's own thread. Changes made while the listener runs come in the next burst.
 */
final class SourceWatcher implements AutoCloseable {
    /** A burst ends when no change has come for this long. */
    private static final long QUIET_MILLIS = 60;

    private final Path atlasDir;
    private final List<String> folders;
    private final Consumer<Set<Path>> listener;
    private final WatchService service;
    /** Used by the watcher thread only, after the constructor. */
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;

    SourceWatcher(Path atlasDir, List<String> folders, Consumer<Set<Path>> listener) throws IOException {
        this.atlasDir = atlasDir;
        this.folders = folders;
        this.listener = listener;
        this.service = atlasDir.getFileSystem().newWatchService();
        // the atlas folder itself, to see a source folder that is made (or made again) later
        watched.put(atlasDir.register(service, ENTRY_CREATE, ENTRY_DELETE), atlasDir);
        for (String folder : folders) {
            watchTree(atlasDir.resolve(folder));
        }
        thread = new Thread(this::run, "ikc-atlas-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                for (WatchKey next; (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    listener.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(atlasDir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (dir.equals(atlasDir) ? !folders.contains(name) : isEditorScratch(name)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                watchTree(path);
            }
            changed.add(path);
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** Swap and backup files of editors, which change while typing. */
    private static boolean isEditorScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.startsWith("#");
    }

    private void watchTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                watched.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        } catch (IOException e) {
            // removed while being walked: its removal is a change that is seen anyway
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
