var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/", () => "sim");
app.Run();
