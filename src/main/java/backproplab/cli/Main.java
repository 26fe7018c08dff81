package backproplab.cli;

import backproplab.i18n.Language;
import backproplab.i18n.Messages;
import backproplab.lang.Excerpt;
import backproplab.lang.SyntaxError;
import backproplab.notebook.Walkthrough;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code backprop} command. With no command it replays the course notebook; {@code grad}
 * differentiates programs. Exit codes: 0 success, 2 bad input or usage (one line on standard error,
 * no stack trace unless {@code --debug}), 1 an internal error.
 */
@Command(name = "backprop", mixinStandardHelpOptions = true, version = Main.VERSION,
        subcommands = GradCommand.class, sortOptions = false)
public final class Main implements Callable<Integer> {

    static final String VERSION = "backprop-lab 0.1.0";

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private static final Messages TEXT = Messages.of("backproplab.cli.messages");

    @Option(names = "--lang", paramLabel = "es|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    String language;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    @Option(names = "--pictures", paramLabel = "DIR", defaultValue = "target/notebook", descriptionKey = "pictures")
    Path pictures;

    final BufferedReader in;
    final PrintStream out;
    final PrintStream err;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command in-process, as {@link #main} does, and returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Language language;
        try {
            language = languageOf(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        return Language.during(language, () -> {
            Main main = new Main(in, out, err);
            CommandLine commandLine = new CommandLine(main);
            commandLine.setResourceBundle(ResourceBundle.getBundle("backproplab.cli.usage", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            commandLine.setParameterExceptionHandler((problem, arguments) -> {
                err.println(problem instanceof CommandLine.UnmatchedArgumentException unmatched
                        ? TEXT.get("usage.unmatched", Excerpt.of(String.join(" ", unmatched.getUnmatched())))
                        : TEXT.get("usage.invalid", Excerpt.of(problem.getMessage())));
                err.println(TEXT.get("usage.tryHelp", problem.getCommandLine().getCommandSpec().qualifiedName()));
                return BAD_INPUT;
            });
            commandLine.setExecutionExceptionHandler((problem, line, parsed) -> main.report(problem));
            return commandLine.execute(args);
        });
    }

    /** The language asked for with {@code --lang}, or the current one; read before anything is printed. */
    private static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            // no language is named in more than a few letters: a longer value is refused, and quoted, as its excerpt
            if (args[i].startsWith("--lang=")) {
                return Language.parse(Excerpt.of(args[i].substring("--lang=".length())));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.parse(Excerpt.of(args[i + 1]));
            }
        }
        return Language.current();
    }

    /** One line for input the user can fix (exit 2); for anything else, a short note, and the trace with --debug. */
    int report(Exception problem) {
        if (problem instanceof BadInput || problem instanceof SyntaxError) {
            err.println(problem.getMessage());
            if (debug) {
                problem.printStackTrace(err);
            }
            return BAD_INPUT;
        }
        err.println(TEXT.get("internalError", internal(problem)));
        if (debug) {
            problem.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    @Override
    public Integer call() {
        try {
            Walkthrough.run(out, pictures, Language.current());
        } catch (UncheckedIOException e) {
            throw new BadInput(e.getMessage());
        }
        return OK;
    }

    /** An unexpected problem as the internal-error message quotes it: briefly, without a period of its own before the message's. */
    static String internal(Throwable problem) {
        return Excerpt.of(problem.toString()).replaceFirst("\\.+$", "");
    }
}
