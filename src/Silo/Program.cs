using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;
using SignauxFaibles.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignauxFaiblesSilo();
builder.AddSignauxFaiblesWeb();

var app = builder.Build();
app.UseSignauxFaiblesWeb();
app.MapSignauxFaiblesEndpoints();
app.MapModelEndpoints();
await app.RunAsync();
