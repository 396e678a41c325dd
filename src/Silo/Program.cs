using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignauxFaiblesSilo();

var app = builder.Build();
app.MapSignauxFaiblesEndpoints();
app.MapModelEndpoints();
await app.RunAsync();
