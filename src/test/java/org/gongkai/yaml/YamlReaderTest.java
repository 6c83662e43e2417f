package org.gongkai.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gongkai.problem.ProblemList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and oversized YAML: refused quickly, with one located message, never an exception. */
class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void refusesAnAliasBombWithinASecond() {
        StringBuilder yaml =
                new StringBuilder(
                        "a: &a"
                                + " [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }

        List<String> problems = read(yaml.toString());

        assertThat(problems)
                .containsExactly(
                        "content/ab/2023.md:2:4: a: expected a plain value, found a YAML anchor"
                                + " (&name) or alias (*name); they have no place in a disclosure: write"
                                + " each value out (text that starts with & or * goes in quotes)");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void refusesAliasesWithoutAnchorsToo() {
        assertThat(read("a: [*x, *x, *x]\n"))
                .containsExactly(
                        "content/ab/2023.md:2:5: a[0]: expected a plain value, found a YAML anchor"
                                + " (&name) or alias (*name); they have no place in a disclosure: write"
                                + " each value out (text that starts with & or * goes in quotes)");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void refusesMoreValuesThanTheLimit() {
        StringBuilder yaml = new StringBuilder("rows: [");
        for (int i = 0; i <= Limits.MAX_VALUES; i++) {
            yaml.append(i == 0 ? "" : ",").append('0');
        }
        yaml.append("]\n");

        List<String> problems = read(yaml.toString());

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("content/ab/2023.md:2:")
                .endsWith(
                        ": rows[50000]: expected at most 50000 keys and list entries, found more:"
                                + " this is the limit for a disclosure");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void refusesNestingBeyondTheLimitEvenFarBeyond() {
        String yaml = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

        List<String> problems = read(yaml);

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("content/ab/2023.md:2:")
                .contains(
                        "expected at most 24 levels of nesting (lists and mappings, items"
                                + " included), found more");
    }

    @Test
    void acceptsNestingAtTheLimit() {
        // The root mapping is level 1; 23 lists inside it make 24.
        String yaml =
                "a: "
                        + "[".repeat(Limits.MAX_DEPTH - 1)
                        + "1"
                        + "]".repeat(Limits.MAX_DEPTH - 1)
                        + "\n";

        ProblemList problems = new ProblemList();
        Optional<YamlNode> root = reader.read(yaml, "content/ab/2023.md", 2, problems);

        assertThat(problems.sorted()).isEmpty();
        assertThat(root).isPresent();
    }

    @Test
    void placesKeysAndValuesAtTheirLineAndColumnInTheFile() {
        ProblemList problems = new ProblemList();
        YamlNode.Map root =
                (YamlNode.Map)
                        reader.read("a: 1\nb:\n  c: [x, 2.50]\n", "f.md", 2, problems)
                                .orElseThrow();

        YamlNode.Entry b = root.entry("b").orElseThrow();
        YamlNode.Seq c = (YamlNode.Seq) ((YamlNode.Map) b.value()).get("c").orElseThrow();
        YamlNode.Scalar amount = (YamlNode.Scalar) c.items().get(1);

        assertThat(b.keyPos()).hasToString("3:1");
        assertThat(amount.pos()).hasToString("4:10");
        assertThat(amount.text()).isEqualTo("2.50");
        assertThat(amount.type()).isEqualTo(YamlNode.ScalarType.DECIMAL);
    }

    private List<String> read(String yaml) {
        ProblemList problems = new ProblemList();
        Optional<YamlNode> root = reader.read(yaml, "content/ab/2023.md", 2, problems);
        assertThat(root).isEmpty();
        return problems.sorted().stream().map(p -> p.format(Locale.ENGLISH)).toList();
    }
}
