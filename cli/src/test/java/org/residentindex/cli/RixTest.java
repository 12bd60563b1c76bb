package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RixTest extends CliTest {

    @Test
    void help_listsCommands_exitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: rix");
    }

    @Test
    void version_printsProjectVersion_exitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("rix 0.").doesNotContain("${");
    }

    @Test
    void unknownOption_isUsageError_exitsTwo() {
        assertThat(run("--no-such-option")).isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void everySubcommand_hasHelp() {
        CommandLine cmd = Rix.commandLine();
        for (String name : cmd.getSubcommands().keySet()) {
            StringWriter sub = new StringWriter();
            cmd = Rix.commandLine();
            cmd.setOut(new PrintWriter(sub, true));
            assertThat(cmd.execute(name, "--help")).as(name).isZero();
            assertThat(sub.toString()).as(name).contains("Usage: rix " + name);
        }
    }
}
