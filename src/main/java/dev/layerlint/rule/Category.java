package dev.layerlint.rule;

/** The family a rule belongs to, from its code's prefix. */
public enum Category {
    CA("cache"), RP("reproducibility"), SE("security"), SZ("image size"), BU("correctness"), ST("style"),
    CI("pipeline");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Category of(String code) {
        return valueOf(code.substring(0, 2));
    }
}
