package dk.flis.driftsstatus.serve;

/**
 * The preview's rebuilds, one at a time on their own thread, each started as soon as a change is
 * noticed; requests that arrive meanwhile give one more rebuild, not one each. A rebuild is shown only
 * when what it read had stayed as it was for the watcher's quiet spell and did not change while it
 * read ({@link FolderWatcher#unchangedUntil}); otherwise it is dropped (as soon as the change is
 * noticed) and the next one starts. After a few dropped in a row, the next first waits for a quiet
 * spell, as every rebuild used to, so that a folder that keeps changing is still shown.
 */
final class Rebuilds implements Runnable {
    /** Rebuilds dropped in a row before the next waits for a quiet spell first: a folder that keeps changing. */
    private static final int DROPS_BEFORE_WAITING = 2;

    private final PreviewBuild build;
    private final FolderWatcher watcher;
    private boolean requested;
    private boolean running = true;

    Rebuilds(PreviewBuild build, FolderWatcher watcher) {
        this.build = build;
        this.watcher = watcher;
    }

    /** Asks for a rebuild: the watcher noticed a change, or the editor wrote one. */
    synchronized void request() {
        requested = true;
        notifyAll();
    }

    /** Ends the rebuild thread once its current rebuild, if any, is done. */
    synchronized void stop() {
        running = false;
        notifyAll();
    }

    @Override
    public void run() {
        int dropped = 0;
        try {
            while (awaitRequest()) {
                boolean afterQuiet = dropped >= DROPS_BEFORE_WAITING;
                if (afterQuiet) {
                    watcher.awaitQuiet();
                } else {
                    watcher.awaitBurstEnd();
                }
                forgetRequests(); // this attempt reads what they asked for; a change from now on asks again
                // Read before the attempt: a change noticed from now on is one it may have half seen.
                long changes = watcher.changes();
                long lastChange = watcher.lastChange();
                PreviewBuild.Guard guard = afterQuiet ? PreviewBuild.Guard.NONE : guard(changes, lastChange);
                PreviewBuild.Attempt attempt = build.attempt(guard);
                if (attempt == null || !guard.settled()) {
                    dropped++; // the change that came asked for the next rebuild already
                    continue;
                }
                dropped = 0;
                build.publish(attempt);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the folders are as they were when {@code changes} changes were seen, the last at {@code lastChange}. */
    private PreviewBuild.Guard guard(long changes, long lastChange) {
        return new PreviewBuild.Guard() {
            @Override
            public boolean current() {
                return watcher.changes() == changes;
            }

            @Override
            public boolean settled() throws InterruptedException {
                return watcher.unchangedUntil(changes, Math.max(System.nanoTime(), lastChange + watcher.quietNanos()));
            }
        };
    }

    private synchronized void forgetRequests() {
        requested = false;
    }

    private synchronized boolean awaitRequest() throws InterruptedException {
        while (running && !requested) {
            wait();
        }
        requested = false;
        return running;
    }
}
