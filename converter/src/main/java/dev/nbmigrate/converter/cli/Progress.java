package dev.nbmigrate.converter.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import dev.nbmigrate.converter.progress.ProgressListener;

/**
 * Progress of a long command on stderr: on a terminal one line rewritten in place ({@code [3/64] name, 0:12
 * elapsed, about 1:40 left}), otherwise a plain line per step, and nothing when quiet. The estimate is the mean time
 * of the steps done so far times the steps left.
 */
final class Progress implements ProgressListener {

    /** How progress is shown. */
    enum Mode {
        TERMINAL, LINES, QUIET;

        /** Quiet when asked, else a rewritten line on a terminal (a console and no redirected stderr), else lines. */
        static Mode of(boolean quiet) {
            if (quiet) {
                return QUIET;
            }
            return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"))
                    ? TERMINAL : LINES;
        }
    }

    private final PrintWriter err;
    private final Mode mode;
    private final String verb;
    private final LongSupplier clock;
    private final long start;
    private int width;

    /**
     * @param verb  what a step does, as the lines say it ({@code converting}, {@code assessing})
     * @param clock nanoseconds, for elapsed time (tests give a fixed one)
     */
    Progress(PrintWriter err, Mode mode, String verb, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.verb = verb;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Progress of a command's steps on its stderr, in the mode {@code --quiet} and the terminal choose. */
    static Progress of(PrintWriter err, boolean quiet, String verb) {
        return new Progress(err, Mode.of(quiet), verb, System::nanoTime);
    }

    @Override
    public void started(int index, int count, String item) {
        String line = String.format(Locale.ROOT, "[%d/%d] %s %s (%s elapsed%s)", index + 1, count, verb, item,
                clock(elapsed()), estimate(index, count));
        switch (mode) {
            case TERMINAL -> {
                String shown = line.length() > 119 ? line.substring(0, 116) + "..." : line;
                err.print("\r" + shown + " ".repeat(Math.max(0, width - shown.length())));
                width = shown.length();
                err.flush();
            }
            case LINES -> {
                err.println(line);
                err.flush();
            }
            case QUIET -> {
            }
        }
    }

    /** Ends the progress: the terminal line is cleared, so what follows starts on a clean line. */
    void done() {
        if (mode == Mode.TERMINAL && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(clock.getAsLong() - start);
    }

    private String estimate(int done, int count) {
        if (done == 0) {
            return "";
        }
        Duration left = elapsed().dividedBy(done).multipliedBy(count - done);
        return ", about " + clock(left) + " left";
    }

    private static String clock(Duration time) {
        long seconds = time.toSeconds();
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
