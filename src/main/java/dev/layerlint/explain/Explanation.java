package dev.layerlint.explain;

import java.util.List;

/**
 * What {@code explain} found: every instruction of the file with its predicted
 * status for the given changes, and the reason for the first rebuilt step of
 * each chain.
 */
public record Explanation(String path, String builder, List<String> changes, List<Row> rows) {
    public Explanation {
        changes = List.copyOf(changes);
        rows = List.copyOf(rows);
    }

    /** One instruction: where, which stage, a short text, status, reason, and whether a rebuild is expensive. */
    public record Row(int line, String stage, String text, String status, String reason, boolean expensive,
                      String cost) {
    }

    public long rebuilt() {
        return rows.stream().filter(r -> r.status().equals("REBUILT")).count();
    }

    public long steps() {
        return rows.stream().filter(r -> r.status().equals("REBUILT") || r.status().equals("CACHED")).count();
    }
}
