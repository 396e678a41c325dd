using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignauxFaiblesSilo();

var app = builder.Build();
app.MapSignauxFaiblesEndpoints();
await app.RunAsync();
