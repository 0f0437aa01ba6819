package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadsTest {
    @Test
    void mentionsMatchesWholeVariableNamesOnly() {
        assertThat(Reads.mentions("echo $TOKEN", "TOKEN")).isTrue();
        assertThat(Reads.mentions("echo ${TOKEN:-x}", "TOKEN")).isTrue();
        assertThat(Reads.mentions("echo \"$TOKEN\"/x", "TOKEN")).isTrue();
        assertThat(Reads.mentions("echo $TOKEN_FILE", "TOKEN")).isFalse();
        assertThat(Reads.mentions("echo $NPM_TOKEN", "TOKEN")).isFalse();
        assertThat(Reads.mentions("echo TOKEN", "TOKEN")).isFalse();
    }
}
