using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;

// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- --filter '*'        (all BenchmarkDotNet benchmarks)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- --filter '*Search*' (one class)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- footprint 5000      (index build time and memory)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- golden OUT 30000      (the parser's output over fuzzed
//   inputs, as text: write it before and after a change to the parser and diff the two files)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- golden-html OUT 3000  (the same for saved HTML pages)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- ab 300 [seed]         (parser vs baseline, interleaved)
// dotnet run -c Release --project benchmarks/NewsReader.Benchmarks -- compression FILE…     (size and time of each Brotli and
//   gzip level on saved responses)
if (args is ["golden", var output, var count]) { Golden.Run(output, int.Parse(count)); return; }
if (args is ["golden-html", var htmlOutput, var htmlCount]) { Golden.RunHtml(htmlOutput, int.Parse(htmlCount)); return; }
if (args is ["ab", var rounds, ..]) { Interleaved.Run(int.Parse(rounds), seedOnly: args is [_, _, "seed"]); return; }
if (args is ["compression", ..]) { CompressionLevels.Run(args[1..]); return; }
if (args is ["steps"]) { StepProfile.Run(); return; }
if (args is ["parse-loop", var seconds]) { StepProfile.ParseForever(int.Parse(seconds)); return; }
if (args is ["library", var n]) { LibraryProfile.Run(int.Parse(n)); return; }
if (args is ["fuzz", var c, ..]) { Environment.Exit(Fuzz.Run(int.Parse(c), args.Length > 2 ? int.Parse(args[2]) : 1)); }
if (args is ["footprint", ..])
{
    IndexFootprint.Run(args.Length > 1 ? int.Parse(args[1]) : 5000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args); // not Program: the web app has one too
