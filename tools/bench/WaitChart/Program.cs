using System.Text.Json;
using AkoolPS.Bench;

// dotnet WaitChart.dll <chart.json> <wait.png>: the JSON holds WaitChartData (seconds since the wait started).
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: WaitChart <chart.json> <output.png>");
    return 2;
}

var data = JsonSerializer.Deserialize<WaitChartData>(File.ReadAllText(args[0]), new JsonSerializerOptions(JsonSerializerDefaults.Web))
    ?? throw new InvalidDataException($"{args[0]} holds no chart data.");
WaitChart.Render(args[1], data);
Console.WriteLine(args[1]);
return 0;
