package backproplab.cli;

import backproplab.i18n.Language;
import backproplab.notebook.Walkthrough;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code backprop} command. With no arguments it replays the course notebook. */
@Command(name = "backprop", mixinStandardHelpOptions = true, version = "backprop-lab 0.1.0",
        description = "Replays the course notebook (with no command).")
public final class Main implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "es|en", description = "Language of the output (default: the JVM locale).")
    String language;

    @Option(names = "--pictures", paramLabel = "DIR", defaultValue = "target/notebook",
            description = "Where the walkthrough writes its Graphviz pictures (default: ${DEFAULT-VALUE}).")
    Path pictures;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        Language chosen = language == null ? Language.current() : Language.parse(language);
        Walkthrough.run(System.out, pictures, chosen);
        return 0;
    }
}
