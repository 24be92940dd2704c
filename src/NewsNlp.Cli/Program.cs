using NewsNlp.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("newsnlp");

    // One file per command under Commands/; register each here, grouped as the README lists them.
    // (run, inspect, bench; train <model>; eval <model>)
    CliSetup.Configure(config);
});

return await app.RunAsync(args);
