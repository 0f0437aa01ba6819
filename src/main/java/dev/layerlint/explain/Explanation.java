package dev.layerlint.explain;

import java.util.List;

/**
 * What {@code explain} found: every instruction of the file with its predicted
 * status for the given changes, and the reason for the first rebuilt step of
 * each chain; {@code builds} names the earlier builds compared with (the
 * changes are those against the last of them); {@code store} the image store
 * the prediction assumes ({@code overlay2}, {@code containerd}) when it
 * matters (a BuildKit build with {@code COPY --link}), otherwise null.
 */
public record Explanation(String path, String builder, String store, List<String> builds, List<String> changes,
                          List<Row> rows) {
    public Explanation {
        builds = List.copyOf(builds);
        changes = List.copyOf(changes);
        rows = List.copyOf(rows);
    }

    /**
     * One instruction: where, which stage, a short text, status, reason, whether a rebuild is expensive, and
     * for a cached step the earlier build its entry comes from.
     */
    public record Row(int line, String stage, String text, String status, String reason, boolean expensive,
                      String cost, String from) {
    }

    public long rebuilt() {
        return rows.stream().filter(r -> r.status().equals("REBUILT")).count();
    }

    public long steps() {
        return rows.stream().filter(r -> r.status().equals("REBUILT") || r.status().equals("CACHED")).count();
    }
}
