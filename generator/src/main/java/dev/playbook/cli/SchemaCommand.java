package dev.playbook.cli;

import dev.playbook.api.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Writes the JSON Schemas Playbook checks YAML files with, for editors: one per kind, the config's, "
                + "and playbook.schema.json, which picks the right one by a file's kind.",
                "Map playbook.schema.json to content/**/*.yaml in your editor's YAML support for completion and inline errors "
                        + "(\"playbook new\" sets this up for VS Code)."})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "schemas",
            description = "Where the schemas go (default: ${DEFAULT-VALUE}); files of the same names are replaced, others left alone.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> written = new Generator().writeSchemas(out);
        spec.commandLine().getOut().printf("wrote %d JSON Schemas into %s; point your editor at %s%n",
                written.size(), out, out.resolve(written.get(written.size() - 1)));
        return 0;
    }
}
