using Cnam.Bot.Knowledge.Import;

// Usage: dotnet run --project knowledge/tools/PlanningImporter -- <seed.txt> <output folder>
// Decodes the calendar grids of the LP110 presentation into knowledge/Data/plannings/*.yaml.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PlanningImporter <seed.txt> <output folder>");
    return 2;
}
var seed = args[0];
var output = args[1];
var lines = File.ReadAllLines(seed);
var sourceName = Path.GetFileName(seed);
var plannings = PlanningGridDecoder.Decode(lines, sourceName, PlanningImportOptions.Lp110Paris);
Directory.CreateDirectory(output);
foreach (var planning in plannings)
{
    var path = Path.Combine(output, planning.Id + ".yaml");
    var yaml = PlanningYamlWriter.Write(planning, $"Décodé de {sourceName} par knowledge/tools/PlanningImporter.");
    File.WriteAllText(path, yaml);
    Console.WriteLine($"{path}: {planning.Sessions.Count} séances, {planning.Events.Count} événements, {planning.Ambiguities.Count} ambiguïtés");
}
return 0;
