using SignauxFaibles.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleansClient(_ => { });
builder.AddSignauxFaiblesWeb();

var app = builder.Build();
app.UseSignauxFaiblesWeb();
await app.RunAsync();
