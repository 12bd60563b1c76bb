package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.server.audit.AuditLog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rix audit verify|show}: checks the audit trail's hash chain; answers "who looked at this resident?". */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check the serve audit trail, or list who accessed a resident.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
public final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the log is: the file, or the live index holding it. */
    static final class Where {
        @Option(names = "--log", paramLabel = "FILE", description = "The audit log (audit.jsonl).")
        Path log;

        @Option(names = "--index", paramLabel = "IDX", description = "The live index (its audit/audit.jsonl).")
        Path index;

        Path file() {
            return log != null ? log : index.resolve("audit").resolve("audit.jsonl");
        }
    }

    /** {@code rix audit verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check the hash chain (exit 1 if broken).")
    public static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        @Override
        public Integer call() {
            AuditLog.Verification v = AuditLog.verify(where.file());
            PrintWriter o = spec.commandLine().getOut();
            if (v.ok()) {
                o.printf(Locale.ROOT, "audit chain intact: %,d entries%n", v.entries());
            } else {
                o.printf(Locale.ROOT, "audit chain BROKEN at line %d: %s (%,d entries before it verified)%n",
                        v.brokenAtLine(), v.problem(), v.entries());
            }
            o.flush();
            return v.ok() ? Rix.OK : Rix.FAILURE;
        }
    }

    /** {@code rix audit show --resident ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Every access to a resident: when, who, role, purpose, endpoint (a subject-access answer).")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        @Option(names = "--resident", required = true, paramLabel = "ID", description = "Resident id, e.g. R00000042.")
        String resident;

        @Override
        public Integer call() {
            List<AuditLog.Entry> entries = AuditLog.forResident(where.file(), resident);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%-24s %-20s %-22s %-24s %-16s %s%n", "time", "who", "role", "purpose", "endpoint",
                    "status");
            for (AuditLog.Entry e : entries) {
                o.printf(Locale.ROOT, "%-24s %-20s %-22s %-24s %-16s %d%n", e.time(), e.subject(), e.role(),
                        e.purpose(), e.endpoint(), e.status());
            }
            o.printf(Locale.ROOT, "%d entries name %s%n", entries.size(), resident);
            o.flush();
            return Rix.OK;
        }
    }
}
