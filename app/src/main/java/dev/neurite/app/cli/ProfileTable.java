package dev.neurite.app.cli;

import dev.neurite.engine.PhaseTimer.EpochPhases;
import dev.neurite.engine.PhaseTimer.Phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code neurite train --profile} prints after training: one row of seconds per epoch and phase, the
 * phases summing to the epoch's time, then each phase's share of all epochs together. Pure formatting, any thread.
 *
 * <pre>
 * Profile (seconds per epoch, training thread)
 * epoch      data   forward   metrics  backward    update evaluation     other     total
 *     1     0.052     0.610     0.081     0.902     0.640      0.000     0.004     2.289
 * share      2.3%     26.6%      3.5%     39.4%     28.0%       0.0%      0.2%    100.0%
 * </pre>
 */
final class ProfileTable {

    /** The first line of the table, for scripts that look for it. */
    static final String TITLE = "Profile (seconds per epoch, training thread)";

    private static final int WIDTH = 10;

    private ProfileTable() {
    }

    /** The table's lines for {@code epochs}; only the title and header when there are none. */
    static List<String> lines(List<EpochPhases> epochs) {
        List<String> lines = new ArrayList<>();
        lines.add(TITLE);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-5s", "epoch"));
        for (Phase phase : Phase.values()) {
            header.append(cell(phase.label()));
        }
        lines.add(header.append(cell("total")).toString());
        long[] sums = new long[Phase.values().length];
        long total = 0;
        for (EpochPhases epoch : epochs) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d", epoch.epoch()));
            long[] nanos = epoch.nanos();
            for (Phase phase : Phase.values()) {
                row.append(cell(String.format(Locale.ROOT, "%.3f", epoch.seconds(phase))));
                sums[phase.ordinal()] += nanos[phase.ordinal()];
            }
            lines.add(row.append(cell(String.format(Locale.ROOT, "%.3f", epoch.totalSeconds()))).toString());
            total += epoch.totalNanos();
        }
        if (total > 0) {
            StringBuilder share = new StringBuilder(String.format(Locale.ROOT, "%-5s", "share"));
            for (Phase phase : Phase.values()) {
                share.append(cell(String.format(Locale.ROOT, "%.1f%%", 100.0 * sums[phase.ordinal()] / total)));
            }
            lines.add(share.append(cell("100.0%")).toString());
        }
        return lines;
    }

    private static String cell(String value) {
        return String.format(Locale.ROOT, " %" + WIDTH + "s", value);
    }
}
