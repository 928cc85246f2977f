using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using RelationsData.Explorer.Commands;
using RelationsData.Explorer.Graphs;

namespace RelationsData.Explorer;

/// <summary>
/// The explorer's command line (System.CommandLine: help for every command, --version, typo suggestions, response
/// files, tab completion through dotnet-suggest). Exit codes: <see cref="Found"/>, <see cref="NotFound"/>,
/// <see cref="UsageError"/>, <see cref="ToolMissing"/>.
/// </summary>
public static class Explorer
{
    /// <summary>The command found what was asked (for diff: the two files hold the same facts).</summary>
    public const int Found = 0;

    /// <summary>Nothing matches (an unknown country, no relation between two countries), or diff found differences.</summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong (unknown command or option, a missing or malformed value), or a file is unreadable.</summary>
    public const int UsageError = 2;

    /// <summary>A program the command needs (Graphviz's dot) is not installed.</summary>
    public const int ToolMissing = 3;

    /// <param name="args">The command line.</param>
    /// <param name="output">Where answers go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="searchPath">Where to look for tools (Graphviz's dot), as a PATH value; the process's PATH by default.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? searchPath = null)
    {
        var parsed = Commands(output, searchPath ?? Environment.GetEnvironmentVariable("PATH")).Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
        {
            // Errors and typo suggestions go to the error stream; help stays for --help.
            parseError.ShowHelp = false;
        }

        try
        {
            // On a parse error the library writes its typo suggestions to "Output": send those to the error stream too.
            var invocation = new InvocationConfiguration { Output = parsed.Errors.Count > 0 ? error : output, Error = error, EnableDefaultExceptionHandler = false };
            var code = parsed.Invoke(invocation);
            return parsed.Errors.Count > 0 ? UsageError : code;
        }
        catch (NotFoundException e)
        {
            error.Write($"{e.Message}\n");
            return NotFound;
        }
        catch (UsageException e)
        {
            error.Write($"error: {e.Message}\n");
            return UsageError;
        }
        catch (ToolMissingException e)
        {
            error.Write($"error: {e.Message}\n");
            return ToolMissing;
        }
    }

    private static RootCommand Commands(TextWriter output, string? searchPath)
    {
        var root = new RootCommand("Explore the RelationsData dataset: bilateral relations, countries, events and their sources.");

        var first = CountryArgument("a", "One country: an alpha-2 or alpha-3 code, a numeric code or a name.");
        var second = CountryArgument("b", "The other country.");
        var relation = new Command("relation", "The relation card of two countries: status, missions, events, what was said, sources.") { first, second };
        relation.SetAction(result => RelationCommand.Run(result.GetRequiredValue(first), result.GetRequiredValue(second), output));

        var countryCode = CountryArgument("country", "A country: code or name.");
        var language = new Option<string?>("--lang") { Description = "Print the names in this language (a culture name such as ja, de-AT or zh-Hant), by CLDR's fallback." };
        var country = new Command("country", "A country's codes, names and relations.") { countryCode, language };
        country.SetAction(result => CountryCommand.Run(result.GetRequiredValue(countryCode), result.GetValue(language), output));

        var regionText = new Argument<string?>("region") { Description = "A UN M49 region: id (western-asia), code (145) or English name; none lists them all.", Arity = ArgumentArity.ZeroOrOne };
        var regionLanguage = new Option<string?>("--lang") { Description = "Print the names in this language (a culture name such as ja or de-AT), by CLDR's fallback." };
        var region = new Command("region", "A UN M49 region: its sub-regions, countries and the relations among them.") { regionText, regionLanguage };
        region.SetAction(result => RegionCommand.Run(result.GetValue(regionText), result.GetValue(regionLanguage), output));

        var onDate = new Argument<string>("date") { Description = "A day, yyyy-MM-dd." };
        var onCountry = new Argument<string?>("country") { Description = "Only this country's relations (code or name).", Arity = ArgumentArity.ZeroOrOne };
        var on = new Command("on", "What was in force on a day: relations and their status, missions, unknown included.") { onDate, onCountry };
        on.SetAction(result => OnCommand.Run(result.GetRequiredValue(onDate), result.GetValue(onCountry), output));

        var timelineCode = CountryArgument("country", "A country: code or name.");
        var width = new Option<int?>("--width")
        {
            Description = "Columns to fit (at least 20); default: the terminal's width, or 80 when redirected.",
            CustomParser = arg => ParseWidth(arg.Tokens.Count == 1 ? arg.Tokens[0].Value : string.Empty, arg),
        };
        var timeline = new Command("timeline", "A country's events as a dated table.") { timelineCode, width };
        timeline.SetAction(result => result.GetValue(width) is { } columns
            ? TimelineCommand.Run(result.GetRequiredValue(timelineCode), output, columns, ansi: false)
            : TimelineCommand.Run(result.GetRequiredValue(timelineCode), output, TerminalWidth(output), ansi: IsTerminal(output)));

        var format = new Option<string>("--format") { Description = "mermaid or dot (text), or svg (rendered by Graphviz; needs -o).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot", "svg");
        var graphCountry = new Option<string?>("--country") { Description = "Only this country's relations." };
        var file = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the standard output." };
        var graph = new Command("graph", "The relations network as Mermaid or DOT source, or as SVG.") { format, graphCountry, file };
        graph.SetAction(result => GraphCommand.Run(result.GetRequiredValue(format), result.GetValue(graphCountry), result.GetValue(file), output, searchPath));

        var exportFormat = new Option<string>("--format") { Description = "json, the only format.", DefaultValueFactory = _ => "json" };
        exportFormat.AcceptOnlyFromAmong("json");
        var export = new Command("export", "Every record as one JSON document.") { exportFormat };
        export.SetAction(_ => ExportCommand.Run(output));

        var dump = new Command("dump", "One line per fact with its citations, sorted: the release review's text.");
        dump.SetAction(_ => DumpCommand.Run(output));

        var oldFile = new Argument<string>("old") { Description = "A dump or an export." };
        var newFile = new Argument<string>("new") { Description = "A dump or an export." };
        var diff = new Command("diff", "What was added, changed and removed between two dumps or exports; exit code 1 when they differ.") { oldFile, newFile };
        diff.SetAction(result => DiffCommand.Run(result.GetRequiredValue(oldFile), result.GetRequiredValue(newFile), output));

        root.Subcommands.Add(relation);
        root.Subcommands.Add(country);
        root.Subcommands.Add(region);
        root.Subcommands.Add(on);
        root.Subcommands.Add(timeline);
        root.Subcommands.Add(graph);
        root.Subcommands.Add(export);
        root.Subcommands.Add(dump);
        root.Subcommands.Add(diff);
        return root;
    }

    private static Argument<string> CountryArgument(string name, string description) => new(name) { Description = description };

    private static int? ParseWidth(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 20)
        {
            return columns;
        }

        result.AddError($"--width must be a whole number of columns, at least 20, not '{text}'");
        return null;
    }

    private static bool IsTerminal(TextWriter output) => output == Console.Out && !Console.IsOutputRedirected;

    /// <summary>The terminal's width when writing to it, else 80 columns.</summary>
    private static int TerminalWidth(TextWriter output) => IsTerminal(output) && Console.WindowWidth > 0 ? Console.WindowWidth : 80;
}

/// <summary>A mistake in the command line or an unreadable file: one line and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Nothing matches what was asked: one line and exit code 1.</summary>
public sealed class NotFoundException(string message) : Exception(message);
