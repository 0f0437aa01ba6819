package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over a run: findings per severity, files, unreadable inputs. */
public record Summary(int files, int unreadable, Map<Severity, Integer> bySeverity) {

    public static Summary of(List<FileReport> reports) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        int unreadable = 0;
        for (FileReport report : reports) {
            if (report.inputError() != null) {
                unreadable++;
            }
            for (Finding f : report.findings()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return new Summary(reports.size(), unreadable, counts);
    }

    public int findings() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }
}
