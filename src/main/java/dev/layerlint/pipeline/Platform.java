package dev.layerlint.pipeline;

/** The CI system a pipeline file is written for. */
public enum Platform {
    AZURE("Azure Pipelines"), GITHUB("GitHub Actions"), GITLAB("GitLab CI");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
