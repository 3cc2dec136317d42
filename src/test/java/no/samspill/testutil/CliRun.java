package no.samspill.testutil;

import java.io.PrintWriter;
import java.io.StringWriter;
import no.samspill.cli.Main;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it printed: the tests' one way to call {@link Main}. */
public final class CliRun {
    private CliRun() { }

    /** Exit code and what the command wrote to standard output and standard error. */
    public record Outcome(int code, String out, String err) { }

    public static Outcome exec(Main main, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
